# Chroma vectors and key profiles of small halves, so every float32 dot
# product is exact whatever order BLAS sums in.
import numpy as np

CHROMA = np.array([1.0, 0.5, 0.0, 0.25, 2.0, 0.0, 1.5, 0.0, 0.5, 0.0, 0.75, 0.0], dtype=np.float32)
PROFILES = (np.arange(144, dtype=np.float32).reshape(12, 12) % 7) * np.float32(0.5)

CASES = {
    "correlate_profiles": [(CHROMA, PROFILES[3]), (CHROMA, CHROMA), (CHROMA, CHROMA[:5])],
    "find_key_correlation": [(CHROMA, PROFILES)],
}
