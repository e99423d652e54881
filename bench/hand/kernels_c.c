/* The target kernels written by hand in C, called the same way (FASTCALL). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *fib_iter(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    long long n = PyLong_AsLongLong(args[0]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    unsigned long long a = 0, b = 1; /* wraps, as pycc's int64 */
    for (long long i = 0; i < n; i++) {
        unsigned long long t = a + b;
        a = b;
        b = t;
    }
    return PyLong_FromLongLong((long long)a);
}

static PyObject *sum_sq(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    long long n = PyLong_AsLongLong(args[0]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    double s = 0.0;
    for (long long i = 0; i < n; i++)
        s += (double)(i * i) * 0.5;
    return PyFloat_FromDouble(s);
}

static PyObject *mandel(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    double cx = PyFloat_AsDouble(args[0]), cy = PyFloat_AsDouble(args[1]);
    long long maxit = PyLong_AsLongLong(args[2]);
    if (PyErr_Occurred())
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

static PyMethodDef methods[] = {
    {"fib_iter", (PyCFunction)(void (*)(void))fib_iter, METH_FASTCALL, NULL},
    {"sum_sq", (PyCFunction)(void (*)(void))sum_sq, METH_FASTCALL, NULL},
    {"mandel", (PyCFunction)(void (*)(void))mandel, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "kernels_c", NULL, -1, methods};

PyMODINIT_FUNC PyInit_kernels_c(void) { return PyModule_Create(&def); }
