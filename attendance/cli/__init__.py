"""The command line: ``main`` builds the parser; one module per area adds its subcommands."""
