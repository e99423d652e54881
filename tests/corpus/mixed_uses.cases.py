import numpy as np

_classes = np.array([3.0, 1.0, 3.0, 2.0, 1.0, 5.0, 3.0])
_dist = np.array([10.0, 200.0, 5.0, np.inf, 1700.0, 30.0, 2.0])
_counts = np.array([4.0, 1.0, 7.0, 2.0])
_weights = np.array([0.9, 0.5, 0.25, 1.0])

CASES = {
    "deduce_unique_species": [(_classes, _dist, 1600.0), (_classes, _dist, 20.0), (_classes, _dist[:3], 5.0)],
    "distance_filter": [(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]), np.array([10.0, 50.0, 20.0]), 25.0)],
    "gini_simpson_index": [(_counts,), (np.array([1.0]),)],
    "shannon_index": [(_counts,), (np.array([0.0, 0.0]),)],
    "hill_diversity": [(_counts, 1.0), (_counts, 0.0), (_counts, 2.0)],
    "hill_diversity_phylogenetic": [(_counts, _weights, 1.0), (_counts, _weights, 2.0), (np.zeros(3), _weights[:3], 2.0)],
    "hill_diversity_functional": [(_counts, _weights, 1.0), (_counts, _weights, 0.5)],
}
