/* The benchmark kernels (tests/programs/bench_kernels.py) written by hand in
   C, called the same way (METH_FASTCALL, argument count checked), with the
   same int64 wraparound and float evaluation order. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

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

#define FN(name) {#name, (PyCFunction)(void (*)(void))name, METH_FASTCALL, NULL}
static PyMethodDef methods[] = {
    FN(add), FN(fib_iter), FN(sum_sq), FN(mandel), FN(poly), FN(int_hash), FN(collatz_max), {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "bench_kernels_c", NULL, -1, methods};

PyMODINIT_FUNC PyInit_bench_kernels_c(void) { return PyModule_Create(&def); }
