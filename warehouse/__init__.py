"""dealwatch: warehouse stage."""
