"""Reading inputs into articles and writing records; the runner connects them to the pipeline."""
