"""Use cases, one module per area. Services take the `Database`, check the actor's
permissions, do one short transaction per call, and return frozen DTOs (never ORM objects)."""
