"""Source kinds: one module per kind of place that names article URLs (listing pages, archives, ...)."""
