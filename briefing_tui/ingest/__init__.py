"""Reading report files and storing them with what extraction finds in them."""
