"""Laptops agreeing: sync bundles and the merge rules that make every laptop reach the same rows."""
