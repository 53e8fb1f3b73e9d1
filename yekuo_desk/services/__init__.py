"""The rules of the business, free of Qt: each module opens sessions, applies rules, returns plain objects."""
