"""The data layer: read the YAML files strictly, check them against their schemas and the cross-file
rules, and hold the validated dataset. Imports nothing from evidence/ or site/."""
