"""The command line: arguments, readers, writers and progress."""
