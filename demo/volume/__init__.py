"""A busy clinic's volume for the benchmarks and `manage.py generate_volume`: articles and two years of requests."""
