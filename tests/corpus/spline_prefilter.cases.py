import numpy as np

# Both filters read the first 18-20 samples: shorter signals are IndexError.


def signal():
    return np.sin(np.linspace(0.0, 6.0, 32))


CASES = {
    "compiled_prefilter": [lambda: (signal(), -0.2679491924311228), lambda: (signal(), 0.5),
                           lambda: (np.ones(10), 0.3)],
    "compiled_linear_prefilter": [lambda: (signal(),), lambda: (np.arange(18.0),), lambda: (np.ones(5),)],
}
