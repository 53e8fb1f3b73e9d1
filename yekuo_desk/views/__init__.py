"""Qt widgets, table models and dialogs. They call services; they never run SQL of their own."""
