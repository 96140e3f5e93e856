package dev.keepup.api.digest;

import dev.keepup.api.config.KeepupConfig;
import dev.keepup.graph.subscription.Channel;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends a digest as one e-mail with a plain-text and an HTML part ({@code multipart/alternative})
 * over SMTP with STARTTLS, with bounded connect, read and write times. One session for the app.
 */
final class EmailSender implements ChannelSender {

  private static final String TIMEOUT_MILLIS = "30000";

  private final KeepupConfig.Smtp smtp;
  private final Session session;
  private final DigestText text;

  EmailSender(KeepupConfig.Smtp smtp, DigestText text) {
    this.smtp = smtp;
    this.text = text;
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(smtp.port()));
    p.put("mail.smtp.starttls.enable", "true");
    p.put("mail.smtp.starttls.required", Boolean.toString(smtp.starttlsRequired()));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    boolean auth = smtp.user() != null && !smtp.user().isBlank();
    p.put("mail.smtp.auth", Boolean.toString(auth));
    this.session = Session.getInstance(p, auth ? new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(smtp.user(), smtp.password());
      }
    } : null);
  }

  @Override
  public void send(Digest digest, Channel channel, String deliveryId) throws DeliveryException {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(smtp.from()));
      message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(channel.target(), true));
      message.setSubject(DigestText.title(digest), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(digest.until()));
      message.setHeader("X-Keepup-Delivery", deliveryId);
      MimeBodyPart plain = new MimeBodyPart();
      plain.setText(text.plain(digest), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(text.html(digest), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", plain, html));
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException("cannot e-mail " + channel.target() + " via " + smtp.host() + ": " + e.getMessage(), e);
    }
  }
}
