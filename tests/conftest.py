"""Test configuration: Hypothesis profiles and the path to the shared corpora."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# No deadlines: CI machines are shared and noisy, and speed is the benchmarks' job.
settings.register_profile("default", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")
