"""config.toml -> one frozen ``Config``.

Strict: every key is known, every value checked, and every error names the file, the key path
and what was expected. Slices of the result are passed down (``config.fetch`` to the fetcher,
``config.server`` to the web app); there is no global configuration.

``definitions.py`` holds the sections as dataclasses (the one list of keys), ``validation.py``
the value checkers, ``loading.py`` the reader that applies them.
"""

from aggregator.config.definitions import (
    COMMAND_LINE,
    DEFAULT_CONFIG,
    ENRICH_MODES,
    ENV_CONFIG,
    ENV_DATABASE_URL,
    LOG_LEVELS,
    MAX_ENTRIES,
    SELECT_KEYS,
    SOURCE_TYPES,
    Config,
    DatabaseConfig,
    EnrichMode,
    FetchConfig,
    LogConfig,
    LogLevel,
    OutputConfig,
    RetentionConfig,
    SchedulerConfig,
    SelectConfig,
    ServerConfig,
    SourceConfig,
    SourceType,
    TagConfig,
    WebSubConfig,
    cores,
)
from aggregator.config.loading import config_path, load_config, parse_config, parse_select
from aggregator.config.validation import HOSTNAME_RE, MAX_DURATION, MAX_SIZE, SOURCE_NAME_RE, TAG_SLUG_RE

__all__ = [
    "COMMAND_LINE",
    "DEFAULT_CONFIG",
    "ENRICH_MODES",
    "ENV_CONFIG",
    "ENV_DATABASE_URL",
    "HOSTNAME_RE",
    "LOG_LEVELS",
    "MAX_DURATION",
    "MAX_ENTRIES",
    "MAX_SIZE",
    "SELECT_KEYS",
    "SOURCE_NAME_RE",
    "SOURCE_TYPES",
    "TAG_SLUG_RE",
    "Config",
    "DatabaseConfig",
    "EnrichMode",
    "FetchConfig",
    "LogConfig",
    "LogLevel",
    "OutputConfig",
    "RetentionConfig",
    "SchedulerConfig",
    "SelectConfig",
    "ServerConfig",
    "SourceConfig",
    "SourceType",
    "TagConfig",
    "WebSubConfig",
    "config_path",
    "cores",
    "load_config",
    "parse_config",
    "parse_select",
]
