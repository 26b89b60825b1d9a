"""The organizers' weekly digest: how the group is doing, in aggregates only."""
