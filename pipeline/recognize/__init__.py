"""Stage 4 — recognize titles, agencies, persons and places: rules, a trained model, merged."""
