"""dealwatch: spiders stage."""
