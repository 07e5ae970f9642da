"""dealwatch: pipelines stage."""
