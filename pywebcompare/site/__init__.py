"""The site layer: what readers see, drawn from data/ and evidence/ as engine-neutral pages and files."""
