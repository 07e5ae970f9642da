"""dealwatch: reports stage."""
