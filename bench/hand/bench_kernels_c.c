/* The benchmark kernels (tests/programs/bench_kernels.py) written by hand in
   C, called the same way (METH_FASTCALL, argument count checked), with the
   same int64 wraparound and float evaluation order. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>

#define ARGS(n)                                                              \
    if (nargs != (n)) {                                                      \
        PyErr_SetString(PyExc_TypeError, "wrong number of arguments");      \
        return NULL;                                                         \
    }

static int as_i64(PyObject *o, long long *out) {
    *out = PyLong_AsLongLong(o);
    return !(*out == -1 && PyErr_Occurred());
}

static int as_f64(PyObject *o, double *out) {
    *out = PyFloat_AsDouble(o);
    return !(*out == -1.0 && PyErr_Occurred());
}

static PyObject *add(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(2);
    double a, b;
    if (!as_f64(args[0], &a) || !as_f64(args[1], &b))
        return NULL;
    return PyFloat_FromDouble(a + b);
}

static PyObject *fib_iter(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    unsigned long long a = 0, b = 1; /* wraps, as int64 */
    for (long long i = 0; i < n; i++) {
        unsigned long long t = a + b;
        a = b;
        b = t;
    }
    return PyLong_FromLongLong((long long)a);
}

static PyObject *sum_sq(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    double s = 0.0;
    for (long long i = 0; i < n; i++)
        s += (double)(i * i) * 0.5;
    return PyFloat_FromDouble(s);
}

static PyObject *mandel(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(3);
    double cx, cy;
    long long maxit;
    if (!as_f64(args[0], &cx) || !as_f64(args[1], &cy) || !as_i64(args[2], &maxit))
        return NULL;
    double x = 0.0, y = 0.0;
    for (long long i = 0; i < maxit; i++) {
        double x2 = x * x, y2 = y * y;
        if (x2 + y2 > 4.0)
            return PyLong_FromLongLong(i);
        y = 2.0 * x * y + cy;
        x = x2 - y2 + cx;
    }
    return PyLong_FromLongLong(maxit);
}

static PyObject *poly(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    if (n == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    double s = 0.0, h = 1.0 / (double)n;
    for (long long i = 0; i < n; i++) {
        double x = (double)i * h;
        s += ((((((((0.5 * x - 1.25) * x + 2.0) * x - 0.75) * x + 1.5) * x - 3.0) * x + 0.25) * x - 1.0) * x + 4.0);
    }
    return PyFloat_FromDouble(s);
}

/* The multiply version of poly_sum (x*x is not pow(x, 2) at ties). */
static PyObject *poly_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    if (n == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    double s = 0.0, h = 1.0 / (double)n;
    for (long long i = 0; i < n; i++) {
        double x = (double)i * h, x2 = x * x;
        s += x2 + 3 * (x2 * x) + x2 * x2;
    }
    return PyFloat_FromDouble(s);
}

static PyObject *int_hash(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    unsigned long long h = 1469598103934665603ULL;
    for (long long i = 0; i < n; i++) {
        h = ((h ^ (unsigned long long)i) * 1099511628211ULL) & 9223372036854775807ULL;
        h = h ^ (h >> 29);
    }
    return PyLong_FromLongLong((long long)h);
}

static PyObject *collatz_max(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    long long n;
    if (!as_i64(args[0], &n))
        return NULL;
    long long best = 0;
    for (long long start = 1; start < n; start++) {
        long long x = start, steps = 0;
        while (x != 1) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
        }
        if (steps > best)
            best = steps;
    }
    return PyLong_FromLongLong(best);
}

/* Array kernels: what a C programmer writes against the buffer protocol.
   Each buffer is asked for C-contiguous float64 ('d') of the right ndim,
   writable where the kernel stores, and released on every path. Extents are
   checked once up front (IndexError), not per element as pycc's semantics
   require: this is the bar pycc's bounds-check elimination has to meet. */
static int get_f64(PyObject *o, Py_buffer *view, int ndim, int writable, const char *what) {
    if (PyObject_GetBuffer(o, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0)) < 0)
        return 0;
    if (view->ndim != ndim || view->itemsize != 8 || !view->format || strcmp(view->format, "d") != 0) {
        PyErr_Format(PyExc_TypeError, "%s must be a C-contiguous float64 %d-d array", what, ndim);
        PyBuffer_Release(view);
        return 0;
    }
    return 1;
}

static PyObject *index_error(void) {
    PyErr_SetString(PyExc_IndexError, "array extents do not match");
    return NULL;
}

static PyObject *arr_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    Py_buffer a;
    if (!get_f64(args[0], &a, 1, 0, "a"))
        return NULL;
    const double *x = a.buf;
    Py_ssize_t n = a.shape[0];
    double s = 0.0;
    for (Py_ssize_t i = 0; i < n; i++)
        s += x[i];
    PyBuffer_Release(&a);
    return PyFloat_FromDouble(s);
}

static PyObject *dot(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(2);
    Py_buffer a, b;
    if (!get_f64(args[0], &a, 1, 0, "a"))
        return NULL;
    if (!get_f64(args[1], &b, 1, 0, "b")) {
        PyBuffer_Release(&a);
        return NULL;
    }
    PyObject *r = NULL;
    Py_ssize_t n = a.shape[0];
    if (b.shape[0] < n) {
        index_error();
    } else {
        const double *x = a.buf, *y = b.buf;
        double s = 0.0;
        for (Py_ssize_t i = 0; i < n; i++)
            s += x[i] * y[i];
        r = PyFloat_FromDouble(s);
    }
    PyBuffer_Release(&b);
    PyBuffer_Release(&a);
    return r;
}

static PyObject *matmul(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(3);
    Py_buffer a, b, c;
    if (!get_f64(args[0], &a, 2, 0, "a"))
        return NULL;
    if (!get_f64(args[1], &b, 2, 0, "b")) {
        PyBuffer_Release(&a);
        return NULL;
    }
    if (!get_f64(args[2], &c, 2, 1, "out")) {
        PyBuffer_Release(&b);
        PyBuffer_Release(&a);
        return NULL;
    }
    PyObject *r = NULL;
    Py_ssize_t n = c.shape[0], m = c.shape[1], kk = a.shape[1];
    if (a.shape[0] < n || b.shape[0] < kk || b.shape[1] < m) {
        index_error();
    } else {
        const double *x = a.buf, *y = b.buf;
        double *z = c.buf;
        Py_ssize_t bm = b.shape[1];
        for (Py_ssize_t i = 0; i < n; i++) {
            for (Py_ssize_t j = 0; j < m; j++)
                z[i * m + j] = 0.0;
            for (Py_ssize_t k = 0; k < kk; k++) {
                double aik = x[i * kk + k];
                for (Py_ssize_t j = 0; j < m; j++)
                    z[i * m + j] += aik * y[k * bm + j];
            }
        }
        r = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&c);
    PyBuffer_Release(&b);
    PyBuffer_Release(&a);
    return r;
}

static PyObject *stencil(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(2);
    Py_buffer a, o;
    if (!get_f64(args[0], &a, 1, 0, "a"))
        return NULL;
    if (!get_f64(args[1], &o, 1, 1, "out")) {
        PyBuffer_Release(&a);
        return NULL;
    }
    PyObject *r = NULL;
    Py_ssize_t n = a.shape[0];
    if (n > 2 && o.shape[0] < n - 1) {
        index_error();
    } else {
        const double *x = a.buf;
        double *y = o.buf;
        for (Py_ssize_t i = 1; i < n - 1; i++)
            y[i] = (x[i - 1] + x[i] + x[i + 1]) / 3.0;
        r = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&o);
    PyBuffer_Release(&a);
    return r;
}

static PyObject *prefix_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(1);
    Py_buffer a;
    if (!get_f64(args[0], &a, 1, 1, "a"))
        return NULL;
    double *x = a.buf;
    for (Py_ssize_t i = 1; i < a.shape[0]; i++)
        x[i] += x[i - 1];
    PyBuffer_Release(&a);
    Py_RETURN_NONE;
}

static PyObject *nbody(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    ARGS(5);
    Py_buffer p, v, m;
    double dt;
    long long steps;
    if (!as_f64(args[3], &dt) || !as_i64(args[4], &steps))
        return NULL;
    if (!get_f64(args[0], &p, 2, 1, "pos"))
        return NULL;
    if (!get_f64(args[1], &v, 2, 1, "vel")) {
        PyBuffer_Release(&p);
        return NULL;
    }
    if (!get_f64(args[2], &m, 1, 0, "mass")) {
        PyBuffer_Release(&v);
        PyBuffer_Release(&p);
        return NULL;
    }
    PyObject *r = NULL;
    Py_ssize_t n = p.shape[0], pc = p.shape[1], vc = v.shape[1];
    if (n > 0 && (pc < 3 || v.shape[0] < n || vc < 3 || m.shape[0] < n)) {
        index_error();
        goto out;
    }
    double *pos = p.buf, *vel = v.buf;
    const double *mass = m.buf;
    /* The same operations in the same order as the Python source. */
    for (long long s = 0; s < steps; s++) {
        for (Py_ssize_t i = 0; i < n; i++) {
            for (Py_ssize_t j = i + 1; j < n; j++) {
                double dx = pos[i * pc] - pos[j * pc];
                double dy = pos[i * pc + 1] - pos[j * pc + 1];
                double dz = pos[i * pc + 2] - pos[j * pc + 2];
                double d2 = dx * dx + dy * dy + dz * dz;
                double den = d2 * sqrt(d2);
                if (den == 0.0) {
                    PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
                    goto out;
                }
                double mag = dt / den;
                double mj = mass[j] * mag;
                vel[i * vc] -= dx * mj;
                vel[i * vc + 1] -= dy * mj;
                vel[i * vc + 2] -= dz * mj;
                double mi = mass[i] * mag;
                vel[j * vc] += dx * mi;
                vel[j * vc + 1] += dy * mi;
                vel[j * vc + 2] += dz * mi;
            }
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            pos[i * pc] += dt * vel[i * vc];
            pos[i * pc + 1] += dt * vel[i * vc + 1];
            pos[i * pc + 2] += dt * vel[i * vc + 2];
        }
    }
    r = Py_NewRef(Py_None);
out:
    PyBuffer_Release(&m);
    PyBuffer_Release(&v);
    PyBuffer_Release(&p);
    return r;
}

#define FN(name) {#name, (PyCFunction)(void (*)(void))name, METH_FASTCALL, NULL}
static PyMethodDef methods[] = {
    FN(add), FN(fib_iter), FN(sum_sq), FN(mandel), FN(poly), FN(poly_sum), FN(int_hash), FN(collatz_max), FN(arr_sum), FN(dot), FN(matmul), FN(stencil), FN(prefix_sum), FN(nbody),
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "bench_kernels_c", NULL, -1, methods};

PyMODINIT_FUNC PyInit_bench_kernels_c(void) { return PyModule_Create(&def); }
