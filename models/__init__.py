"""dealwatch: models stage."""
