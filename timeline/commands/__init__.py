"""What a user runs: one module per subcommand that needs more than a few lines."""
