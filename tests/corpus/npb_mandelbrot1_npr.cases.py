# npbench mandelbrot1_npr on small inputs (the benchmark's own sizes are larger)
import numpy as np

CASES = {'mandelbrot': [(-2.0, 0.5, -1.25, 1.25, 6, 5, 8, 2.0)]}
