"""Alembic migrations of the store's schema, shipped inside the package.

Run by ``aggregator.store._migrate.upgrade`` (at start-up and by ``aggregator db upgrade``),
never by importing this package. For a new revision, from the repository root::

    alembic -c aggregator/store/migrations/alembic.ini revision --autogenerate -m "what"

(it compares models.py with the database at ``$AGGREGATOR_DATABASE_URL``, upgraded to head).
"""
