/**
 * The command line (picocli). Each command is one class registered in
 * {@link dev.keepup.api.cli.KeepupCommand} (or in the {@code eval}/{@code bench} groups); it prints
 * with the command's own writers, reports figures as one JSON line under {@code --json}, and leaves
 * errors to the one handler that turns them into a readable line and an exit code (0 ok, 1 failure,
 * 2 usage). To add a command: write the class, list it in its group, test it in
 * {@code KeepupCommandTest} style.
 */
package dev.keepup.api.cli;
