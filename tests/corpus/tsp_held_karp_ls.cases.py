# Random planar instances: 8 cities for Held-Karp, 30 for the local search (fresh arrays: the searches write in place)
import numpy as np

rng = np.random.RandomState(3)
P8 = rng.rand(8, 2)
D8 = np.sqrt(((P8[:, None, :] - P8[None, :, :]) ** 2).sum(-1))
P30 = rng.rand(30, 2)
D30 = np.sqrt(((P30[:, None, :] - P30[None, :, :]) ** 2).sum(-1))
NB30 = np.argsort(np.where(np.eye(30) > 0, 1e18, D30), axis=1)[:, :6].astype(np.int64)
T30 = rng.permutation(30).astype(np.int64)

CASES = {
    "held_karp": [(D8, 8), (D8[:4, :4].copy(), 4)],
    "nearest_tour": [(D30, 30, 0), (D30, 30, 17)],
    "tour_length": [(T30, D30, 30)],
    "neighbours": [(D30, 30, 6)],
    "two_opt": [lambda: (T30.copy(), np.zeros(30, np.int64), D30, NB30, 30, 6)],
    "or_opt": [lambda: (T30.copy(), np.argsort(T30).astype(np.int64), D30, NB30, 30, 6, 1),
               lambda: (T30.copy(), np.argsort(T30).astype(np.int64), D30, NB30, 30, 6, 3)],
    "local_search": [lambda: (T30.copy(), np.zeros(30, np.int64), D30, NB30, 30, 6)],
}
