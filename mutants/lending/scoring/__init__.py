"""Credit scoring: features, the XGBoost model and its challenger, explanations, policy, monitoring, batch files."""

import os

# XGBoost's OpenMP threads otherwise spin while they wait: on a small machine shared with web workers or tests,
# spinning threads starve each other (a 0.3 s training took 19 s under load). Must be set before xgboost loads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
