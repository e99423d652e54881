/* Declarations shared by the two halves of pycc's array-argument runtime:
 * runtime_buffer_fast.c (inlined as bitcode, the path every call takes) and
 * runtime_buffer.c (linked as an object: errors, allocation, boxing).
 *
 * Py_buffer, PyObject_GetBuffer and PyBuffer_Release joined the stable ABI
 * in 3.11 (the functions exist in 3.10's libpython too, but the struct is
 * not declared under a 3.10 limited API), so these files alone are compiled
 * against the 3.11 limited API; the rest of the runtime stays at 3.10 and a
 * module without array arguments never calls into them. */
#ifndef PYCC_RUNTIME_BUFFER_H
#define PYCC_RUNTIME_BUFFER_H

#define Py_LIMITED_API 0x030B0000
#include <Python.h>

#define HIDDEN __attribute__((visibility("hidden")))

/* The wrapper allocates this many bytes per view (16 x i64). */
#define PYCC_VIEW_BYTES 128
_Static_assert(sizeof(Py_buffer) <= PYCC_VIEW_BYTES, "Py_buffer grew");

static inline Py_buffer *pycc_view_at(void *views, long long k) {
    return (Py_buffer *)((char *)views + PYCC_VIEW_BYTES * k);
}

/* The kind ('f' float, 'i' signed, 'u' unsigned, 'b' bool, 'c' complex) a
 * struct-module format character or numpy complex code stands for; 0 for
 * anything else ('c', 'e' half floats have no matching scalar, 's', 'P', ...). */
static inline char pycc_format_kind(char c) {
    switch (c) {
    case 'f': case 'd': return 'f';
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': return 'i';
    case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': return 'u';
    case '?': return 'b';
    case 'F': case 'D': return 'c'; /* numpy's complex64/complex128 codes */
    default: return 0;
    }
}

/* Whether a buffer's format is one native-endian item of `kind` whose size
 * (checked separately, through view->itemsize) matches: "d", "@d", "=d",
 * "<d" (x86-64 is little-endian); not ">d", "!d", "2d", "dd", "T{...}". */
static inline int pycc_format_matches(const char *format, char kind) {
    if (format == NULL)
        format = "B"; /* the protocol's default: unsigned bytes */
    if (*format == '@' || *format == '=' || *format == '<')
        format++;
    /* A complex item is 'Z' and its part's format ("Zd", "Zf", as numpy
     * exports them); the item size tells the two apart. */
    if (format[0] == 'Z')
        return kind == 'c' && (format[1] == 'f' || format[1] == 'd') && format[2] == 0;
    return format[0] != 0 && format[1] == 0 && pycc_format_kind(format[0]) == kind;
}

/* Whether the strides are those of a contiguous array in C order (c = 1)
 * or Fortran order (c = 0), numpy's rule: axes of extent 1 may have any
 * stride, and an empty array is contiguous. */
static inline int pycc_contiguous_dims(const Py_ssize_t *shape, const Py_ssize_t *strides, int ndim,
                                       Py_ssize_t itemsize, int c) {
    Py_ssize_t expect = itemsize;
    for (int j = 0; j < ndim; j++) {
        int k = c ? ndim - 1 - j : j;
        if (shape[k] == 0)
            return 1;
        if (shape[k] != 1) {
            if (strides[k] != expect)
                return 0;
            expect *= shape[k];
        }
    }
    return 1;
}

static inline int pycc_contiguous(const Py_buffer *v, int c) {
    return pycc_contiguous_dims(v->shape, v->strides, v->ndim, v->itemsize, c);
}

/* numpy's public ndarray and dtype struct heads (PyArrayObject_fields, the
 * stable head of PyArray_Descr), which numpy's own accessor macros read. */
typedef struct {
    PyObject_HEAD
    char *data;
    int nd;
    Py_ssize_t *dimensions;
    Py_ssize_t *strides;
    PyObject *base;
    PyObject *descr;
    int flags;
} pycc_ndarray;

typedef struct {
    PyObject_HEAD
    PyTypeObject *typeobj;
    char kind, type, byteorder, former_flags;
    int type_num;
} pycc_descr;

#define PYCC_NPY_WRITEABLE 0x0400
#define PYCC_NPY_WARN_ON_WRITE (1u << 31)

/* numpy.ndarray once runtime_buffer.c has found numpy's C API, else NULL;
 * pycc_find_ndarray_type looks again (numpy imported since). */
extern HIDDEN PyTypeObject *pycc_ndarray_type;
HIDDEN void pycc_find_ndarray_type(void);

/* The failure path of pycc_arg_buffer (runtime_buffer_fast.c): view v was
 * acquired but does not match the signature (acquired = 1), or acquiring it
 * failed (acquired = 0, v->obj NULL, the exporter's exception set). Sets the
 * TypeError or ValueError naming the argument (or keeps the exporter's own
 * error) and leaves v released. */
/* One of the compiled file's own exception classes by name (runtime.c),
 * borrowed, or NULL. */
HIDDEN PyObject *pycc_user_exception(const char *name);

HIDDEN void pycc_arg_buffer_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                  Py_buffer *v, long long kind, long long itemsize, long long ndim,
                                  long long writable, const char *expected, int acquired);

#endif
