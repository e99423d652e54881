/* pycc's CPython runtime, array arguments, out-of-line part: the error
 * paths of array arguments (their fast path is runtime_buffer_fast.c,
 * inlined), arrays the body allocates, and array results. Compiled against
 * the 3.11 limited API (see runtime_buffer.h). */
#include "runtime_buffer.h"
#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOW __attribute__((noinline, cold))

static const char *nth_name(const char *names, Py_ssize_t i) {
    while (i-- > 0)
        names += strlen(names) + 1;
    return names;
}

static SLOW int wrong_array(PyObject *o, const char *fname, const char *names,
                            Py_ssize_t i, const char *expected, const Py_buffer *v,
                            const char *why) {
    if (v == NULL) {
        PyObject *tn = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
        if (tn == NULL)
            return -1;
        PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, not %U", fname,
                     nth_name(names, i), expected, tn);
        Py_DECREF(tn);
    } else {
        PyErr_Format(PyExc_TypeError,
                     "%s() argument '%s' must be %s, not a %s%d-d buffer of format '%s' (itemsize %zd)",
                     fname, nth_name(names, i), expected, why, v->ndim,
                     v->format ? v->format : "B", v->itemsize);
    }
    return -1;
}

HIDDEN SLOW void pycc_arg_buffer_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                       Py_buffer *v, long long kind, long long itemsize, long long ndim,
                                       long long writable, const char *expected, int acquired) {
    if (acquired) {
        /* Acquired, but not what the signature says. */
        int bad = !pycc_format_matches(v->format, (char)kind) || v->itemsize != itemsize || v->ndim != ndim;
        wrong_array(o, fname, names, i, expected, v, bad ? "" : "non-contiguous ");
        PyBuffer_Release(v);
        v->obj = NULL;
        return;
    }
    if (!PyObject_CheckBuffer(o)) {
        /* Not a buffer at all: our TypeError, not the protocol's "a bytes-like object is required". */
        PyErr_Clear();
        wrong_array(o, fname, names, i, expected, NULL, "");
        return;
    }
    if (!writable)
        return; /* the exporter's own error */
    /* Tell a read-only buffer apart from other refusals. */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (PyObject_GetBuffer(o, v, PyBUF_STRIDES | PyBUF_FORMAT) == 0) {
        PyBuffer_Release(v);
        v->obj = NULL;
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        PyErr_Format(PyExc_ValueError,
                     "%s() argument '%s' is a read-only buffer, but %s() stores into it",
                     fname, nth_name(names, i), fname);
    } else {
        v->obj = NULL;
        PyErr_Clear();
        PyErr_Restore(type, value, tb);
    }
}

/* `raise E(args)` with values known only at run time: the body built the
 * instance (E called through CPython, kept by the call's arena), so its
 * args and message are CPython's. */
HIDDEN SLOW void pycc_raise_obj(long long exc) {
    PyObject *e = (PyObject *)(Py_ssize_t)exc;
    PyErr_SetObject((PyObject *)Py_TYPE(e), e);
}

/* numpy's IndexError for an index out of range (already wrapped once for
 * a negative index: the message shows the index as written); axis -1 for
 * a flat index. */
HIDDEN SLOW void pycc_index_error(long long index, long long axis, long long size) {
    if (axis < 0) { /* `a.flat[k]`: numpy's flat iterator's words */
        PyErr_Format(PyExc_IndexError, "index %lld is out of bounds for size %lld", index, size);
        return;
    }
    PyErr_Format(PyExc_IndexError, "index %lld is out of bounds for axis %lld with size %lld",
                 index, axis, size);
}

/* ---- Arrays the body creates: numpy allocation and the call's arena ----
 *
 * `np.empty(...)`, `np.zeros(...)`, `np.arange(...)` and the other
 * allocating calls are made through numpy itself (imported on first use,
 * so modules that never allocate never import numpy), which gives numpy's
 * exact values and errors. Each new array is owned by the arena of the
 * exported call that is running: a list that the wrapper creates lazily and
 * releases when the call returns, after it has taken its own reference to
 * the array it returns. So an array lives until the exported call ends
 * (helpers may return arrays freely), and nothing leaks on any path.
 *
 * The current arena is thread-local and saved/restored by each wrapper, so
 * calls nest (a finalizer run by numpy's allocation may call another
 * compiled function) and threads never share one. */

static __thread PyObject **current_arena;

/* Makes `slot` (a NULL-initialized PyObject* in the wrapper's frame) the
 * current arena; returns the previous one for pycc_arena_exit. */
HIDDEN void *pycc_arena_enter(PyObject **slot) {
    PyObject **prev = current_arena;
    *slot = NULL;
    current_arena = slot;
    return prev;
}

/* ---- Large array buffers kept for the next call (numpy's NEP 49 handler) ----
 *
 * A 2 MB array freed at the end of one call and allocated again by the
 * next comes back from glibc as fresh pages whenever glibc trimmed its
 * heap in between (it does once more than its threshold is free at the
 * top, which a call freeing several large temporaries at once triggers):
 * every page is then a page fault. On numpy-benchmarks' evolve (512x512)
 * faults were three quarters of the time, numpy's and pycc's alike. While
 * a call that allocates a large array runs, pycc makes this cache numpy's
 * memory handler (PyDataMem_SetHandler, a context variable, restored when
 * the call returns): numpy then allocates the call's arrays here, and
 * their buffers, when freed (in the call or later by the caller), wait
 * here for the next allocation of about their size instead of going back
 * to glibc. Small arrays and calls that make none are untouched; every
 * buffer is glibc's own (malloc, calloc, realloc and free interoperate);
 * at most CACHE_SLOTS buffers and CACHE_BYTES bytes are kept. */

#define CACHE_MIN (128 * 1024)         /* glibc's default mmap threshold */
#define CACHE_BYTES (64LL * 1024 * 1024) /* kept at most, in all */
#define CACHE_SLOTS 8
#define CACHE_CLEAR_MAX (1024 * 1024)  /* calloc reuses buffers up to this */

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static void *cache_block[CACHE_SLOTS];
static size_t cache_size[CACHE_SLOTS];
static int cache_count;
static long long cache_total;

/* A kept buffer of at least n bytes and at most 2n (no large waste), or NULL. */
static void *cache_take(size_t n) {
    void *p = NULL;
    pthread_mutex_lock(&cache_lock);
    for (int i = cache_count - 1; i >= 0; i--) {
        if (cache_size[i] >= n && cache_size[i] / 2 <= n) {
            p = cache_block[i];
            cache_total -= (long long)cache_size[i];
            cache_count--;
            cache_block[i] = cache_block[cache_count];
            cache_size[i] = cache_size[cache_count];
            break;
        }
    }
    pthread_mutex_unlock(&cache_lock);
    return p;
}

static void *cache_malloc(void *ctx, size_t n) {
    (void)ctx;
    void *p = n >= CACHE_MIN ? cache_take(n) : NULL;
    return p != NULL ? p : malloc(n ? n : 1);
}

static void *cache_calloc(void *ctx, size_t count, size_t size) {
    (void)ctx;
    size_t n;
    if (__builtin_mul_overflow(count, size, &n))
        return NULL;
    /* A reused buffer must be cleared: cheaper than faulting in fresh pages
     * while it fits in the caches; past that, fresh pages (zeroed by the
     * kernel as the first write touches them, one pass over memory) are
     * cheaper than memset and then the writes (two passes). */
    void *p = n >= CACHE_MIN && n <= CACHE_CLEAR_MAX ? cache_take(n) : NULL;
    if (p != NULL)
        return memset(p, 0, n);
    return calloc(count ? count : 1, size ? size : 1);
}

static void *cache_realloc(void *ctx, void *p, size_t n) {
    (void)ctx;
    return realloc(p, n ? n : 1);
}

static void cache_free(void *ctx, void *p, size_t n) {
    (void)ctx;
    (void)n;
    if (p == NULL)
        return;
    size_t have = malloc_usable_size(p); /* what the buffer holds, whatever numpy says */
    if (have >= CACHE_MIN) {
        pthread_mutex_lock(&cache_lock);
        int kept = cache_count < CACHE_SLOTS && cache_total + (long long)have <= CACHE_BYTES;
        if (kept) {
            cache_block[cache_count] = p;
            cache_size[cache_count] = have;
            cache_count++;
            cache_total += (long long)have;
        }
        pthread_mutex_unlock(&cache_lock);
        if (kept)
            return;
    }
    free(p);
}

typedef struct { /* numpy's PyDataMem_Handler, version 1 (ndarraytypes.h) */
    char name[127];
    uint8_t version;
    void *ctx;
    void *(*malloc)(void *, size_t);
    void *(*calloc)(void *, size_t, size_t);
    void *(*realloc)(void *, void *, size_t);
    void (*free)(void *, void *, size_t);
} pycc_mem_handler;

static pycc_mem_handler cache_handler = {"pycc_buffer_cache", 1,           NULL,        cache_malloc,
                                         cache_calloc,        cache_realloc, cache_free};

/* The arena of the call that made the cache numpy's handler, and the handler
 * it replaced (restored when that call returns). */
static __thread PyObject **cache_owner;
static __thread PyObject *cache_replaced;

static void **numpy_api(void);
typedef PyObject *(*pycc_set_handler_fn)(PyObject *);
typedef unsigned int (*pycc_feature_version_fn)(void);

/* Makes the cache numpy's handler until the running call returns, unless
 * it is already (an enclosing call made it) or numpy predates NEP 49. */
static void cache_install(void) {
    static PyObject *capsule;
    if (cache_owner != NULL || current_arena == NULL)
        return;
    void **api = numpy_api();
    /* PyDataMem_SetHandler is slot 304 from numpy 1.22 (C API feature version 0xf). */
    if (api == NULL || ((pycc_feature_version_fn)api[211])() < 0xf)
        return;
    if (capsule == NULL && (capsule = PyCapsule_New(&cache_handler, "mem_handler", NULL)) == NULL) {
        PyErr_Clear();
        return;
    }
    PyObject *old = ((pycc_set_handler_fn)api[304])(capsule);
    if (old == NULL) {
        PyErr_Clear();
        return;
    }
    cache_replaced = old;
    cache_owner = current_arena;
}

/* Puts back the handler cache_install replaced, when `slot`'s call made it. */
static void cache_uninstall(PyObject **slot) {
    if (cache_owner != slot || slot == NULL)
        return;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *ours = ((pycc_set_handler_fn)numpy_api()[304])(cache_replaced);
    Py_XDECREF(ours);
    PyErr_Clear();
    Py_CLEAR(cache_replaced);
    cache_owner = NULL;
    PyErr_Restore(type, value, tb);
}

/* Restores the previous arena and frees every array of this call that
 * nothing else references (a pending exception is kept). */
HIDDEN void pycc_arena_exit(PyObject **slot, void *prev) {
    cache_uninstall(slot);
    current_arena = (PyObject **)prev;
    PyObject *list = *slot;
    *slot = NULL;
    if (list != NULL) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        Py_DECREF(list);
        PyErr_Restore(type, value, tb);
    }
}

/* Drops the arena's reference to `owner`, an array this call allocated
 * that the body no longer uses (src/analysis/lifetimes.rs decides where):
 * numpy frees it unless a Python object (a view's base) still holds it.
 * The array is searched from the end, where recent arrays are; 0, or an
 * object not in the arena, is nothing. The last item takes its place. */
HIDDEN void pycc_np_release(long long owner) {
    PyObject *list = current_arena ? *current_arena : NULL;
    if (owner == 0 || list == NULL)
        return;
    PyObject *o = (PyObject *)(Py_ssize_t)owner;
    Py_ssize_t n = PyList_Size(list);
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        if (PyList_GetItem(list, i) != o)
            continue;
        PyObject *last = PyList_GetItem(list, n - 1);
        Py_INCREF(last);
        PyList_SetItem(list, i, last); /* drops the list's reference to o */
        PyList_SetSlice(list, n - 1, n, NULL);
        return;
    }
}

/* ---- Lists the body creates (src/tir/list.rs) ----
 *
 * A list is a header (this struct) whose address the kernel keeps in one
 * int64 variable, and a growable buffer of `words` 8-byte words per item.
 * The kernel reads and writes items inline; growing, popping and freeing
 * are here. Each header is owned by the exported call's arena through a
 * capsule whose destructor frees both allocations, so lists are freed when
 * the call returns, on every path. */

typedef struct {
    long long *data;
    long long len, cap, words;
    long long dirty; /* numba's dirty flag: set by every change (for reflection) */
    long long scratch[]; /* one item: where pop leaves the removed item */
} pycc_list;

static void list_free(PyObject *capsule) {
    pycc_list *l = (pycc_list *)PyCapsule_GetPointer(capsule, "pycc.list");
    if (l != NULL) {
        free(l->data);
        free(l);
    }
}

/* Gives `obj` (a new reference, stolen) to the current arena. 0, or -1
 * with an exception set. */
static int arena_keep(PyObject *obj) {
    if (current_arena == NULL) {
        Py_DECREF(obj);
        PyErr_SetString(PyExc_SystemError, "pycc: list created outside an exported call");
        return -1;
    }
    if (*current_arena == NULL && (*current_arena = PyList_New(0)) == NULL) {
        Py_DECREF(obj);
        return -1;
    }
    int kept = PyList_Append(*current_arena, obj);
    Py_DECREF(obj);
    return kept;
}

/* A new list of `len` zeroed items (none when len < 0, as `[0] * -1`) of
 * `words` words each; the header's address, or 0 with MemoryError set. */
HIDDEN long long pycc_list_new(long long words, long long len) {
    if (len < 0)
        len = 0;
    long long cap = len < 4 ? 4 : len;
    if (words < 1 || cap > PY_SSIZE_T_MAX / 8 / words) {
        PyErr_NoMemory();
        return 0;
    }
    pycc_list *l = (pycc_list *)calloc(1, sizeof(pycc_list) + 8 * (size_t)words);
    long long *data = (long long *)calloc((size_t)(cap * words), 8);
    if (l == NULL || data == NULL) {
        free(l);
        free(data);
        PyErr_NoMemory();
        return 0;
    }
    l->data = data;
    l->len = len;
    l->cap = cap;
    l->words = words;
    PyObject *capsule = PyCapsule_New(l, "pycc.list", list_free);
    if (capsule == NULL) {
        free(data);
        free(l);
        return 0;
    }
    if (arena_keep(capsule) != 0)
        return 0; /* the capsule's destructor freed the list */
    return (long long)(Py_ssize_t)l;
}

/* Appends one item (uninitialized) and returns its address, growing the
 * buffer as CPython's list does (by about 1/8); 0 with MemoryError set. */
HIDDEN long long pycc_list_append(long long header) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if (l->len == l->cap) {
        long long cap = l->cap + (l->cap >> 3) + 6;
        if (cap > PY_SSIZE_T_MAX / 8 / l->words) {
            PyErr_NoMemory();
            return 0;
        }
        long long *data = (long long *)realloc(l->data, (size_t)(cap * l->words) * 8);
        if (data == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        l->data = data;
        l->cap = cap;
    }
    l->dirty = 1;
    return (long long)(Py_ssize_t)(l->data + l->words * l->len++);
}

/* Removes item `index` (the last when has_index is 0; negative from the
 * end) and returns the address of a copy of it, or 0 with CPython's
 * IndexError set. */
HIDDEN long long pycc_list_pop(long long header, long long index, long long has_index) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if (l->len == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return 0;
    }
    if (!has_index)
        index = l->len - 1;
    else if (index < 0)
        index += l->len;
    if (index < 0 || index >= l->len) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return 0;
    }
    long long w = l->words;
    memcpy(l->scratch, l->data + w * index, (size_t)w * 8);
    memmove(l->data + w * index, l->data + w * (index + 1), (size_t)((l->len - index - 1) * w) * 8);
    l->len--;
    l->dirty = 1;
    return (long long)(Py_ssize_t)l->scratch;
}

/* list.sort() (sema/containers/lists.rs): a stable merge sort of the items by
 * CPython's `<`: a tuple item compares at its first part that differs
 * (`!=`, so a NaN part decides), as CPython's tuple comparison. `kinds`
 * holds one byte per part: class << 4 | bytes, class 1 signed int,
 * 2 unsigned, 3 float, 4 bool. reverse: CPython's reverse=True (reverse,
 * sort, reverse: equal items keep their order). Returns 0. */

static int part_cmp(const long long *a, const long long *b, int kind, int *lt) {
    int bytes = kind & 15, cls = kind >> 4;
    if (cls == 3) {
        double x, y;
        if (bytes == 4) {
            float fx, fy;
            memcpy(&fx, a, 4);
            memcpy(&fy, b, 4);
            x = fx;
            y = fy;
        } else {
            memcpy(&x, a, 8);
            memcpy(&y, b, 8);
        }
        *lt = x < y;
        return x != y;
    }
    if (cls == 2) {
        unsigned long long x = 0, y = 0;
        memcpy(&x, a, (size_t)bytes);
        memcpy(&y, b, (size_t)bytes);
        *lt = x < y;
        return x != y;
    }
    if (cls == 4) {
        int x = (*(const unsigned char *)a) != 0, y = (*(const unsigned char *)b) != 0;
        *lt = x < y;
        return x != y;
    }
    long long x, y;
    switch (bytes) {
    case 1: x = *(const signed char *)a; y = *(const signed char *)b; break;
    case 2: { short sx, sy; memcpy(&sx, a, 2); memcpy(&sy, b, 2); x = sx; y = sy; break; }
    case 4: { int ix, iy; memcpy(&ix, a, 4); memcpy(&iy, b, 4); x = ix; y = iy; break; }
    default: x = *a; y = *b;
    }
    *lt = x < y;
    return x != y;
}

static int item_lt(const long long *a, const long long *b, long long words, long long kinds) {
    for (long long j = 0; j < words; j++) {
        int lt;
        if (part_cmp(a + j, b + j, (int)((kinds >> (8 * j)) & 0xff), &lt))
            return lt;
    }
    return 0;
}

static void items_reverse(long long *data, long long n, long long w) {
    for (long long i = 0, j = n - 1; i < j; i++, j--)
        for (long long k = 0; k < w; k++) {
            long long t = data[i * w + k];
            data[i * w + k] = data[j * w + k];
            data[j * w + k] = t;
        }
}

static void merge_sort(long long *data, long long *tmp, long long n, long long w, long long kinds) {
    if (n < 2)
        return;
    long long h = n / 2;
    merge_sort(data, tmp, h, w, kinds);
    merge_sort(data + h * w, tmp, n - h, w, kinds);
    memcpy(tmp, data, (size_t)(h * w) * 8);
    long long i = 0, j = h, k = 0;
    while (i < h && j < n) {
        /* The right one first only if strictly less: stable. */
        if (item_lt(data + j * w, tmp + i * w, w, kinds)) {
            memmove(data + k * w, data + j * w, (size_t)w * 8);
            j++;
        } else {
            memcpy(data + k * w, tmp + i * w, (size_t)w * 8);
            i++;
        }
        k++;
    }
    if (i < h)
        memcpy(data + k * w, tmp + i * w, (size_t)((h - i) * w) * 8);
}

HIDDEN long long pycc_list_sort(long long header, long long kinds, long long reverse) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    long long n = l->len, w = l->words;
    if (n < 2)
        return 0;
    /* numba's sort stores items back (dirty) unless there are fewer than 2 */
    l->dirty = 1;
    long long *tmp = (long long *)malloc((size_t)(((n + 1) / 2) * w) * 8);
    if (reverse)
        items_reverse(l->data, n, w);
    if (tmp != NULL) {
        merge_sort(l->data, tmp, n, w, kinds);
        free(tmp);
    } else {
        /* No memory for the merge buffer: insertion sort, also stable. */
        for (long long i = 1; i < n; i++)
            for (long long j = i; j > 0 && item_lt(l->data + j * w, l->data + (j - 1) * w, w, kinds); j--)
                for (long long k = 0; k < w; k++) {
                    long long t = l->data[j * w + k];
                    l->data[j * w + k] = l->data[(j - 1) * w + k];
                    l->data[(j - 1) * w + k] = t;
                }
    }
    if (reverse)
        items_reverse(l->data, n, w);
    return 0;
}

/* ---- List arguments and results of exported functions ----
 *
 * numba's reflected list: the caller's Python list is copied into a pycc
 * list (the call's arena owns it), and when the call returns (normally or
 * raising) any change is written back into the caller's list, as numba's
 * reflection does. `kind`: 'i' int64, 'f' float64, 'b' bool. */

static const char *list_kind_name(long long kind) {
    return kind == 'f' ? "float" : kind == 'b' ? "bool" : "int";
}

/* Item `o` as a list word of `kind`; 0, or -1 with TypeError/OverflowError. */
static int list_word(PyObject *o, long long kind, long long *word, const char *fname, const char *name,
                     Py_ssize_t k, const char *what) {
    if (kind == 'b') {
        if (PyBool_Check(o)) {
            *word = o == Py_True;
            return 0;
        }
    } else if (kind == 'f') {
        if (PyFloat_Check(o) || PyLong_Check(o)) {
            double d = PyFloat_AsDouble(o);
            if (d == -1.0 && PyErr_Occurred()) {
                if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                    PyErr_Clear();
                    PyErr_Format(PyExc_OverflowError, "%s() argument '%s' item %zd: int too large to convert to float",
                                 fname, name, k);
                }
                return -1;
            }
            memcpy(word, &d, 8);
            return 0;
        }
    } else if (PyLong_Check(o) || (PyIndex_Check(o) && !PyFloat_Check(o))) {
        /* numpy's integer scalars too (np.int64 items: numba's typeof of
         * them is int64); PyLong_AsLongLong takes them by __index__. */
        long long v = PyLong_AsLongLong(o);
        if (v == -1 && PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_OverflowError, "%s() argument '%s' item %zd = %R is out of range for int64", fname,
                             name, k, o);
            }
            return -1;
        }
        *word = v;
        return 0;
    }
    PyObject *tn = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    if (tn == NULL)
        return -1;
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be a %s of %s, not a %s holding %U (item %zd)", fname,
                 name, what, list_kind_name(kind), what, tn, k);
    Py_DECREF(tn);
    return -1;
}

static int arg_array_list(PyObject *o, const char *fname, const char *name, long long kind, long long *out);
static PyObject *array_list(const pycc_list *l, long long ndim, char dtype);

/* Converts argument `o` (names[i]) to a new pycc list in the arena, its
 * header's address into *out. 0, or -1 with an exception set. */
HIDDEN int pycc_arg_list(PyObject *o, const char *fname, const char *names, Py_ssize_t i, long long kind,
                         long long *out) {
    if ((kind & 0xff) == 'A' && PyList_Check(o))
        return arg_array_list(o, fname, nth_name(names, i), kind, out);
    if (!PyList_Check(o)) {
        return wrong_array(o, fname, names, i, "list", NULL, NULL);
    }
    Py_ssize_t n = PyList_Size(o);
    long long h = pycc_list_new(1, n);
    if (h == 0)
        return -1;
    pycc_list *l = (pycc_list *)(Py_ssize_t)h;
    for (Py_ssize_t k = 0; k < n && k < l->len; k++) {
        if (list_word(PyList_GetItem(o, k), kind, &l->data[k], fname, nth_name(names, i), k, "list") != 0)
            return -1;
    }
    *out = h;
    return 0;
}

/* A new Python object for word `w` of `kind`. */
static PyObject *list_box_word(long long w, long long kind) {
    if (kind == 'b')
        return PyBool_FromLong((w & 0xff) != 0);
    if (kind == 'f') {
        double d;
        memcpy(&d, &w, 8);
        return PyFloat_FromDouble(d);
    }
    return PyLong_FromLongLong(w);
}

/* A new Python list of the pycc list `header`'s items, or NULL. */
HIDDEN PyObject *pycc_list_box(long long header, long long kind) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if ((kind & 0xff) == 'A')
        return array_list(l, (kind >> 8) & 0xff, (char)(kind >> 16));
    PyObject *r = PyList_New(l->len);
    /* 'T': a list of flat tuples, each part's kind in the next bytes. */
    if (r != NULL && (kind & 0xff) == 'T') {
        for (Py_ssize_t k = 0; k < l->len; k++) {
            PyObject *t = PyTuple_New(l->words);
            for (Py_ssize_t j = 0; t != NULL && j < l->words; j++) {
                PyObject *x = list_box_word(l->data[k * l->words + j], (kind >> (8 * (j + 1))) & 0xff);
                if (x == NULL)
                    Py_CLEAR(t);
                else
                    PyTuple_SetItem(t, j, x);
            }
            if (t == NULL) {
                Py_DECREF(r);
                return NULL;
            }
            PyList_SetItem(r, k, t);
        }
        return r;
    }
    /* 'L': a list of lists, each item a row's header (sema/containers/nestedresults.rs). */
    if (r != NULL && (kind & 0xff) == 'L') {
        for (Py_ssize_t k = 0; k < l->len; k++) {
            PyObject *row = pycc_list_box(l->data[k], kind >> 8);
            if (row == NULL) {
                Py_DECREF(r);
                return NULL;
            }
            PyList_SetItem(r, k, row);
        }
        return r;
    }
    if (r == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < l->len; k++) {
        PyObject *x = list_box_word(l->data[k], kind);
        if (x == NULL) {
            Py_DECREF(r);
            return NULL;
        }
        PyList_SetItem(r, k, x);
    }
    return r;
}

/* Marks the list changed, as numba's list.extend does even when nothing
 * is added (its resize sets the dirty flag). */
HIDDEN long long pycc_list_touch(long long header) {
    ((pycc_list *)(Py_ssize_t)header)->dirty = 1;
    return 0;
}

/* numba's reflect_list: when the call changed the pycc list `header`
 * (argument argv[i]'s copy; 0 when it was never made) in any way (its
 * dirty flag: a store, append, pop, insert, extend, sort of 2+ items, even
 * of equal values), the caller's list gets all its items anew, boxed from
 * the list's type; an unchanged list is left alone. Keeps any pending
 * exception (numba reflects on every way out). */
HIDDEN void pycc_list_reflect(PyObject *const *argv, Py_ssize_t i, long long header, long long kind) {
    if (header == 0)
        return;
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if (!l->dirty)
        return;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *items = pycc_list_box(header, kind);
    if (items != NULL) {
        PyList_SetSlice(argv[i], 0, PY_SSIZE_T_MAX, items);
        Py_DECREF(items);
    }
    PyErr_Clear();
    l->dirty = 0;
    PyErr_Restore(type, value, tb);
}

/* ---- Dicts the body creates (src/tir/dict.rs) ----
 *
 * numba's typed dict: one key type and one value type, each one or more
 * 8-byte words (a tuple's elements), each holding its scalar in the
 * word's low bytes. As CPython's compact dict: an insertion-ordered entry
 * array (a deleted entry stays, marked dead, until the table is rebuilt)
 * and an open-addressing index of entry numbers, so iteration is in
 * insertion order. The hash needn't be CPython's: only order is visible.
 * `desc` gives each key word's kind in 4 bits (DICT_* below; bit 63: the
 * key is a tuple), for equality, hashing and KeyError's message. The
 * kernel writes a key and a value into `scratch` and calls pycc_dict_op.
 * Owned by the call's arena as lists are. */

typedef struct {
    long long *scratch; /* word 0, read by the kernel: key words then value words */
    long long kw, vw, desc;
    long long len, used, cap; /* live entries, entries used, entries allocated */
    long long *entries;       /* (1 + kw + vw) words each: hash (-1: dead), key, value */
    long long *index;         /* nslots entry numbers; -1 empty, -2 deleted */
    long long nslots;
    long long words[]; /* the scratch words */
} pycc_dict;

/* DICT_STR: a str key, the word its object's address (sema/containers/strings.rs):
 * CPython's hash and equality. */
enum { DICT_B1 = 1, DICT_I1, DICT_I2, DICT_I4, DICT_I8, DICT_U1, DICT_U2, DICT_U4, DICT_U8, DICT_F4, DICT_F8, DICT_STR };

static void dict_free(PyObject *capsule) {
    pycc_dict *d = (pycc_dict *)PyCapsule_GetPointer(capsule, "pycc.dict");
    if (d != NULL) {
        free(d->entries);
        free(d->index);
        free(d);
    }
}

static int dict_kind(const pycc_dict *d, long long j) { return (int)((d->desc >> (4 * j)) & 15); }

/* Key word j as a signed or unsigned integer, or a double. */
static long long dict_int(const long long *w, int kind) {
    switch (kind) {
    case DICT_B1: case DICT_U1: return *(const unsigned char *)w;
    case DICT_I1: return *(const signed char *)w;
    case DICT_I2: return *(const short *)w;
    case DICT_U2: return *(const unsigned short *)w;
    case DICT_I4: return *(const int *)w;
    case DICT_U4: return *(const unsigned int *)w;
    default: return *w;
    }
}

static double dict_float(const long long *w, int kind) {
    if (kind == DICT_F4)
        return *(const float *)w;
    return *(const double *)w;
}

static unsigned long long dict_hash(const pycc_dict *d, const long long *key) {
    unsigned long long h = 0x9e3779b97f4a7c15ULL;
    for (long long j = 0; j < d->kw; j++) {
        int k = dict_kind(d, j);
        unsigned long long x;
        if (k == DICT_STR) {
            /* A str's hash is cached in the object and cannot fail. */
            x = (unsigned long long)PyObject_Hash((PyObject *)(Py_ssize_t)key[j]);
        } else if (k == DICT_F4 || k == DICT_F8) {
            double f = dict_float(key + j, k);
            if (f == 0.0)
                f = 0.0; /* -0.0 == 0.0: one key */
            memcpy(&x, &f, 8);
        } else {
            x = (unsigned long long)dict_int(key + j, k);
        }
        h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= h >> 31;
        h *= 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
    }
    return h >> 1; /* non-negative: -1 marks a dead entry */
}

static int dict_eq(const pycc_dict *d, const long long *a, const long long *b) {
    for (long long j = 0; j < d->kw; j++) {
        int k = dict_kind(d, j);
        if (k == DICT_STR) {
            if (a[j] != b[j] && PyUnicode_Compare((PyObject *)(Py_ssize_t)a[j], (PyObject *)(Py_ssize_t)b[j]) != 0)
                return 0;
        } else if (k == DICT_F4 || k == DICT_F8) {
            if (dict_float(a + j, k) != dict_float(b + j, k))
                return 0;
        } else if (dict_int(a + j, k) != dict_int(b + j, k)) {
            return 0;
        }
    }
    return 1;
}

static long long *dict_entry(const pycc_dict *d, long long i) { return d->entries + i * (1 + d->kw + d->vw); }

/* The index slot holding `key`'s entry, or (found = 0) the slot to put it in. */
static long long dict_slot(const pycc_dict *d, const long long *key, unsigned long long h, int *found) {
    unsigned long long mask = (unsigned long long)d->nslots - 1, i = h & mask, perturb = h;
    long long free_slot = -1;
    for (;;) {
        long long e = d->index[i];
        if (e == -1) {
            *found = 0;
            return free_slot >= 0 ? free_slot : (long long)i;
        }
        if (e == -2) {
            if (free_slot < 0)
                free_slot = (long long)i;
        } else {
            long long *ent = dict_entry(d, e);
            if ((unsigned long long)ent[0] == h && dict_eq(d, ent + 1, key)) {
                *found = 1;
                return (long long)i;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Rebuilds the index for room for `need` entries, dropping dead entries
 * (order kept). 0, or -1 with MemoryError set. */
static int dict_resize(pycc_dict *d, long long need) {
    long long n = 8;
    while (n * 2 < need * 3)
        n *= 2;
    long long ew = 1 + d->kw + d->vw, cap = n * 2 / 3 + 1;
    long long *index = (long long *)malloc((size_t)n * 8);
    long long *entries = (long long *)malloc((size_t)(cap * ew) * 8);
    if (index == NULL || entries == NULL) {
        free(index);
        free(entries);
        PyErr_NoMemory();
        return -1;
    }
    memset(index, 0xff, (size_t)n * 8);
    long long used = 0;
    for (long long i = 0; i < d->used; i++) {
        long long *e = dict_entry(d, i);
        if (e[0] != -1)
            memcpy(entries + ew * used++, e, (size_t)ew * 8);
    }
    free(d->index);
    free(d->entries);
    d->index = index;
    d->entries = entries;
    d->nslots = n;
    d->cap = cap;
    d->used = used;
    for (long long i = 0; i < used; i++) {
        int found;
        long long s = dict_slot(d, entries + ew * i + 1, (unsigned long long)entries[ew * i], &found);
        index[s] = i;
    }
    return 0;
}

/* A new empty dict; its header's address, or 0 with an exception set. */
HIDDEN long long pycc_dict_new(long long kw, long long vw, long long desc) {
    pycc_dict *d = (pycc_dict *)calloc(1, sizeof(pycc_dict) + 8 * (size_t)(kw + vw));
    if (d == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    d->scratch = d->words;
    d->kw = kw;
    d->vw = vw;
    d->desc = desc;
    if (dict_resize(d, 0) != 0) {
        free(d);
        return 0;
    }
    PyObject *capsule = PyCapsule_New(d, "pycc.dict", dict_free);
    if (capsule == NULL) {
        free(d->entries);
        free(d->index);
        free(d);
        return 0;
    }
    if (arena_keep(capsule) != 0)
        return 0;
    return (long long)(Py_ssize_t)d;
}

/* The `n` parts in `w` (kinds in `desc`, 4 bits each; desc < 0: a tuple)
 * as a Python object: a number, a str, or a tuple of them. */
static PyObject *dict_box_parts(const long long *w, long long n, long long desc) {
    int tuple = desc < 0;
    PyObject *t = tuple ? PyTuple_New(n) : NULL;
    if (tuple && t == NULL)
        return NULL;
    for (long long j = 0; j < n; j++) {
        int k = (int)((desc >> (4 * j)) & 15);
        PyObject *o;
        if (k == DICT_STR) {
            o = (PyObject *)(Py_ssize_t)w[j];
            Py_INCREF(o);
        } else if (k == DICT_F4 || k == DICT_F8)
            o = PyFloat_FromDouble(dict_float(w + j, k));
        else if (k == DICT_B1)
            o = PyBool_FromLong((long)dict_int(w + j, k));
        else if (k == DICT_U8)
            o = PyLong_FromUnsignedLongLong((unsigned long long)w[j]);
        else
            o = PyLong_FromLongLong(dict_int(w + j, k));
        if (!tuple)
            return o;
        if (o == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SetItem(t, j, o);
    }
    return t;
}

/* The key in `key` as a Python object (a tuple for a tuple key). */
static PyObject *dict_box_key(const pycc_dict *d, const long long *key) { return dict_box_parts(key, d->kw, d->desc); }

/* An export's dict result as a new Python dict, in insertion order (as
 * numba's typed dict iterates); `vdesc` describes the value parts. */
HIDDEN PyObject *pycc_dict_box(long long header, long long vdesc) {
    pycc_dict *d = (pycc_dict *)(Py_ssize_t)header;
    PyObject *r = PyDict_New();
    if (r == NULL)
        return NULL;
    for (long long i = 0; i < d->used; i++) {
        long long *e = dict_entry(d, i);
        if (e[0] == -1)
            continue; /* deleted */
        PyObject *k = dict_box_key(d, e + 1);
        PyObject *v = k == NULL ? NULL : dict_box_parts(e + 1 + d->kw, d->vw, vdesc);
        if (v == NULL || PyDict_SetItem(r, k, v) != 0) {
            Py_XDECREF(k);
            Py_XDECREF(v);
            Py_DECREF(r);
            return NULL;
        }
        Py_DECREF(k);
        Py_DECREF(v);
    }
    return r;
}

static long long dict_key_error(const pycc_dict *d) {
    /* As CPython's _PyErr_SetKeyError: a tuple key is one argument. */
    PyObject *k = dict_box_key(d, d->scratch);
    if (k == NULL)
        return 0;
    PyObject *args = PyTuple_Pack(1, k);
    Py_DECREF(k);
    if (args != NULL) {
        PyErr_SetObject(PyExc_KeyError, args);
        Py_DECREF(args);
    }
    return 0;
}

/* Operations (DictOp in src/tir/dict.rs) on the key (and value) in
 * scratch; each returns an address (of value words, unless said), or 0:
 * an exception is set for SET, GET, POP, DEL, COPY, CLEAR; FIND and
 * POP_OR return 0 for a missing key. */
enum { DOP_SET, DOP_GET, DOP_FIND, DOP_POP, DOP_POP_OR, DOP_DEL, DOP_ENTRY, DOP_CLEAR, DOP_COPY, DOP_SETDEFAULT, DOP_LEN, DOP_NEXT };

HIDDEN long long pycc_dict_op(long long header, long long op, long long arg) {
    pycc_dict *d = (pycc_dict *)(Py_ssize_t)header;
    long long ew = 1 + d->kw + d->vw;
    switch (op) {
    case DOP_LEN:
        return d->len;
    case DOP_NEXT: /* the next live entry after `arg`, or -1 */
        for (long long i = arg + 1; i < d->used; i++)
            if (dict_entry(d, i)[0] != -1)
                return i;
        return -1;
    case DOP_ENTRY: /* entry `arg`'s key words (its value words follow) */
        return (long long)(Py_ssize_t)(dict_entry(d, arg) + 1);
    case DOP_CLEAR:
        d->len = 0;
        d->used = 0;
        return dict_resize(d, 0) == 0 ? header : 0;
    case DOP_COPY: {
        long long c = pycc_dict_new(d->kw, d->vw, d->desc);
        if (c == 0)
            return 0;
        pycc_dict *n = (pycc_dict *)(Py_ssize_t)c;
        if (dict_resize(n, d->len) != 0)
            return 0;
        for (long long i = 0; i < d->used; i++) {
            long long *e = dict_entry(d, i);
            if (e[0] == -1)
                continue;
            int found;
            long long s = dict_slot(n, e + 1, (unsigned long long)e[0], &found);
            n->index[s] = n->used;
            memcpy(dict_entry(n, n->used++), e, (size_t)ew * 8);
            n->len++;
        }
        return c;
    }
    default:
        break;
    }
    unsigned long long h = dict_hash(d, d->scratch);
    int found;
    long long s = dict_slot(d, d->scratch, h, &found);
    if (!found) {
        if (op == DOP_FIND || op == DOP_POP_OR)
            return 0;
        if (op != DOP_SET && op != DOP_SETDEFAULT)
            return dict_key_error(d);
        if (d->used == d->cap) {
            if (dict_resize(d, d->len + 1) != 0)
                return 0;
            s = dict_slot(d, d->scratch, h, &found);
        }
        long long *e = dict_entry(d, d->used);
        e[0] = (long long)h;
        memcpy(e + 1, d->scratch, (size_t)(d->kw + d->vw) * 8);
        d->index[s] = d->used++;
        d->len++;
        return (long long)(Py_ssize_t)(e + 1 + d->kw);
    }
    long long *e = dict_entry(d, d->index[s]);
    if (op == DOP_SET)
        memcpy(e + 1 + d->kw, d->scratch + d->kw, (size_t)d->vw * 8);
    if (op == DOP_POP || op == DOP_POP_OR || op == DOP_DEL) {
        e[0] = -1;
        d->index[s] = -2;
        d->len--;
    }
    return (long long)(Py_ssize_t)(e + 1 + d->kw);
}

/* len(d), and the entry after `cur` (-1: none): TExprKind::Runtime calls. */
HIDDEN long long pycc_dict_len(long long header) { return ((pycc_dict *)(Py_ssize_t)header)->len; }

HIDDEN long long pycc_dict_next(long long header, long long cur) {
    return pycc_dict_op(header, DOP_NEXT, cur);
}

/* ---- Strings (sema/containers/strings.rs): a str is the address of its object ----
 *
 * A literal is built from its UTF-8 bytes, 8 to a word, in a malloc'd
 * buffer (pycc_str_buf, pycc_str_put), then made a str by pycc_str_lit,
 * which keeps one object per distinct literal for the process (the
 * module's literals are few) and frees the buffer. These run with the GIL
 * held, as every compiled call does, and cannot fail but for memory:
 * then the process stops, as numba's runtime does. */

HIDDEN long long pycc_str_buf(long long len) {
    char *b = (char *)calloc(1, (size_t)len + 8);
    if (b == NULL)
        Py_FatalError("pycc: out of memory for a str literal");
    return (long long)(Py_ssize_t)b;
}

HIDDEN long long pycc_str_put(long long buf, long long i, long long w) {
    memcpy((char *)(Py_ssize_t)buf + 8 * i, &w, 8);
    return buf;
}

HIDDEN long long pycc_str_lit(long long buf, long long len) {
    static PyObject *cache; /* str -> itself: one object per literal */
    char *b = (char *)(Py_ssize_t)buf;
    PyObject *s = PyUnicode_DecodeUTF8(b, (Py_ssize_t)len, "strict");
    free(b);
    if (s == NULL || (cache == NULL && (cache = PyDict_New()) == NULL))
        Py_FatalError("pycc: cannot make a str literal");
    PyObject *kept = PyDict_GetItemWithError(cache, s); /* borrowed */
    if (kept == NULL) {
        if (PyErr_Occurred() || PyDict_SetItem(cache, s, s) != 0)
            Py_FatalError("pycc: cannot make a str literal");
        kept = s;
    }
    Py_DECREF(s); /* the cache holds `kept` */
    return (long long)(Py_ssize_t)kept;
}

HIDDEN long long pycc_str_hash(long long s) { return (long long)PyObject_Hash((PyObject *)(Py_ssize_t)s); }

HIDDEN long long pycc_str_len(long long s) { return (long long)PyUnicode_GetLength((PyObject *)(Py_ssize_t)s); }

/* `a op b`: op 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=, 6 `a in b`; 0 or 1. */
HIDDEN long long pycc_str_cmp(long long a, long long b, long long op) {
    PyObject *x = (PyObject *)(Py_ssize_t)a, *y = (PyObject *)(Py_ssize_t)b;
    if (op == 6)
        return PyUnicode_Contains(y, x) > 0;
    int c = PyUnicode_Compare(x, y);
    switch (op) {
    case 0: return c == 0;
    case 1: return c != 0;
    case 2: return c < 0;
    case 3: return c <= 0;
    case 4: return c > 0;
    default: return c >= 0;
    }
}

/* ---- str operations (sema/containers/strings.rs): CPython computes them all ----
 *
 * `s + t` is s.__add__(t), `s[i]` s.__getitem__(i), `s.upper()` itself,
 * `str(i)` the builtin str: calling CPython's own methods gives its exact
 * results and exceptions for any str. Each argument is boxed by its kind
 * (4 bits each): 0 int64, 1 object (borrowed address), 2 bool, 3 float64
 * (from the d argument of the same position), 4 None, 5 uint64. A new
 * object is kept by the exported call's arena (arena_keep), so every str
 * the body makes lives until the call returns and none leaks. */

static PyObject *str_arg(long long a, double d, int kind) {
    switch (kind) {
    case 0: return PyLong_FromLongLong(a);
    case 1: Py_INCREF((PyObject *)(Py_ssize_t)a); return (PyObject *)(Py_ssize_t)a;
    case 2: return PyBool_FromLong((long)a);
    case 3: return PyFloat_FromDouble(d);
    case 5: return PyLong_FromUnsignedLongLong((unsigned long long)a);
    default: Py_RETURN_NONE;
    }
}

/* `(,)`, a name no builtin has: a new tuple of the arguments (a tuple
 * display of strs, sema/containers/strings/strtuples.rs). New reference; NULL without an
 * exception for any other name. */
static PyObject *str_tuple(long long name, PyObject *args) {
    if (PyUnicode_CompareWithASCIIString((PyObject *)(Py_ssize_t)name, "(,)") != 0)
        return NULL;
    Py_INCREF(args);
    return args;
}

/* A module-level tuple of strs (sema/containers/strings/strtuples.rs): its items joined by
 * NUL characters (a cached literal), split once into the tuple the
 * process keeps for it. Borrowed, or NULL with an exception set. */
static PyObject *const_str_tuple(long long joined) {
    static PyObject *cache;
    PyObject *key = (PyObject *)(Py_ssize_t)joined;
    if (cache == NULL && (cache = PyDict_New()) == NULL)
        return NULL;
    PyObject *kept = PyDict_GetItemWithError(cache, key); /* borrowed */
    if (kept != NULL || PyErr_Occurred())
        return kept;
    PyObject *nul = PyUnicode_FromOrdinal(0);
    PyObject *items = nul == NULL ? NULL : PyUnicode_Split(key, nul, -1);
    PyObject *t = items == NULL ? NULL : PyList_AsTuple(items);
    Py_XDECREF(nul);
    Py_XDECREF(items);
    int failed = t == NULL || PyDict_SetItem(cache, key, t) != 0;
    Py_XDECREF(t); /* the cache holds it */
    return failed ? NULL : t;
}

/* recv.name(args...) or, when recv is 0, the builtin name(args...). New
 * reference, or NULL with an exception set. */
static PyObject *str_call(long long recv, long long name, long long kinds, long long nargs, const long long *a,
                          const double *d) {
    PyObject *args = PyTuple_New((Py_ssize_t)nargs);
    if (args == NULL)
        return NULL;
    for (long long i = 0; i < nargs; i++) {
        PyObject *x = str_arg(a[i], d[i], (int)((kinds >> (4 * i)) & 15));
        if (x == NULL) {
            Py_DECREF(args);
            return NULL;
        }
        PyTuple_SetItem(args, (Py_ssize_t)i, x); /* steals x */
    }
    if (recv == 0) {
        PyObject *t = str_tuple(name, args);
        if (t != NULL || PyErr_Occurred()) {
            Py_DECREF(args);
            return t;
        }
    }
    PyObject *f;
    if (recv != 0)
        f = PyObject_GetAttr((PyObject *)(Py_ssize_t)recv, (PyObject *)(Py_ssize_t)name);
    else {
        /* `raise MyError(f"...")`: one of the file's classes, else a builtin. */
        const char *utf8 = PyUnicode_AsUTF8AndSize((PyObject *)(Py_ssize_t)name, NULL);
        f = utf8 == NULL ? NULL : pycc_user_exception(utf8);
        if (f == NULL)
            f = PyDict_GetItemWithError(PyEval_GetBuiltins(), (PyObject *)(Py_ssize_t)name);
        Py_XINCREF(f);
        if (f == NULL && !PyErr_Occurred())
            PyErr_SetObject(PyExc_NameError, (PyObject *)(Py_ssize_t)name);
    }
    PyObject *r = f == NULL ? NULL : PyObject_Call(f, args, NULL);
    Py_XDECREF(f);
    Py_DECREF(args);
    return r;
}

HIDDEN long long pycc_str_call_obj(long long recv, long long name, long long kinds, long long nargs, long long a0,
                                   long long a1, long long a2, long long a3, double d0, double d1, double d2,
                                   double d3) {
    if (recv == 0 && PyUnicode_CompareWithASCIIString((PyObject *)(Py_ssize_t)name, "(const)") == 0)
        return (long long)(Py_ssize_t)const_str_tuple(a0);
    long long a[4] = {a0, a1, a2, a3};
    double d[4] = {d0, d1, d2, d3};
    PyObject *r = str_call(recv, name, kinds, nargs, a, d);
    if (r == Py_None) { /* `x.append(s)`: None outlives the call, nothing to keep */
        Py_DECREF(r);
        return (long long)(Py_ssize_t)r;
    }
    if (r == NULL || arena_keep(r) != 0)
        return 0;
    return (long long)(Py_ssize_t)r; /* the arena holds it */
}

HIDDEN long long pycc_str_call_int(long long recv, long long name, long long kinds, long long nargs, long long a0,
                                   long long a1, long long a2, long long a3, double d0, double d1, double d2,
                                   double d3) {
    long long a[4] = {a0, a1, a2, a3};
    double d[4] = {d0, d1, d2, d3};
    PyObject *r = str_call(recv, name, kinds, nargs, a, d);
    if (r == NULL)
        return -1;
    long long v = PyBool_Check(r) ? (r == Py_True) : PyLong_AsLongLong(r);
    Py_DECREF(r);
    return v;
}

HIDDEN double pycc_str_call_f64(long long recv, long long name, long long kinds, long long nargs, long long a0,
                                long long a1, long long a2, long long a3, double d0, double d1, double d2,
                                double d3) {
    long long a[4] = {a0, a1, a2, a3};
    double d[4] = {d0, d1, d2, d3};
    PyObject *r = str_call(recv, name, kinds, nargs, a, d);
    if (r == NULL)
        return -1.0;
    double v = PyFloat_AsDouble(r);
    Py_DECREF(r);
    return v;
}

HIDDEN long long pycc_str_failed(void) { return PyErr_Occurred() != NULL; }

/* pow(a, b, m) of ints (long_pow with a modulus): a ** b mod |m|, in
 * (m, 0] for a negative m; a negative b powers a's inverse mod |m|.
 * flags bit i: argument i is a uint64 (its bits, never negative); the
 * result is a uint64 then only where m is (sema types it so).
 * ValueError for m == 0 or a base with no inverse (pycc_str_failed). */
HIDDEN long long pycc_powmod(long long a, long long b, long long m, long long flags) {
    if (m == 0) {
        PyErr_SetString(PyExc_ValueError, "pow() 3rd argument cannot be 0");
        return 0;
    }
    int a_neg = !(flags & 1) && a < 0, b_neg = !(flags & 2) && b < 0, m_neg = !(flags & 4) && m < 0;
    unsigned long long n = m_neg ? 0 - (unsigned long long)m : (unsigned long long)m;
    unsigned long long base = a_neg ? (n - (0 - (unsigned long long)a) % n) % n : (unsigned long long)a % n;
    unsigned long long e = b_neg ? 0 - (unsigned long long)b : (unsigned long long)b;
    if (b_neg) {
        /* extended Euclid on (n, base) */
        __int128 t = 0, newt = 1, r = n, newr = base;
        while (newr != 0) {
            __int128 q = r / newr, tmp = t - q * newt;
            t = newt;
            newt = tmp;
            tmp = r - q * newr;
            r = newr;
            newr = tmp;
        }
        if (r > 1) {
            PyErr_SetString(PyExc_ValueError, "base is not invertible for the given modulus");
            return 0;
        }
        base = (unsigned long long)(t < 0 ? t + (__int128)n : t);
    }
    unsigned long long result = 1 % n;
    while (e != 0) {
        if (e & 1)
            result = (unsigned long long)((unsigned __int128)result * base % n);
        base = (unsigned long long)((unsigned __int128)base * base % n);
        e >>= 1;
    }
    if (m_neg && result != 0)
        return (long long)(result - n);
    return (long long)result;
}

/* A range object held in a variable (sema/desugar/rangevar.rs), by its start,
 * stop and step (step != 0, checked where it was made): op 0 its length,
 * op 1 item `i` (negative from the end), op 2 whether it holds `i` (1 or
 * 0), with CPython's errors (rangeobject.c): OverflowError for a length
 * past ssize_t, IndexError for an item out of range (pycc_str_failed). */
HIDDEN long long pycc_range_op(long long op, long long start, long long stop, long long step, long long i) {
    __int128 lo = start, hi = stop, st = step, n = 0;
    if (st > 0 && lo < hi)
        n = (hi - lo - 1) / st + 1;
    else if (st < 0 && lo > hi)
        n = (lo - hi - 1) / -st + 1;
    if (op == 0) {
        if (n > (__int128)PY_SSIZE_T_MAX) {
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
            return 0;
        }
        return (long long)n;
    }
    if (op == 1) {
        __int128 k = i < 0 ? (__int128)i + n : (__int128)i;
        if (k < 0 || k >= n) {
            PyErr_SetString(PyExc_IndexError, "range object index out of range");
            return 0;
        }
        return (long long)(lo + k * st);
    }
    __int128 x = i;
    if (st > 0 ? (x < lo || x >= hi) : (x > lo || x <= hi))
        return 0;
    return (x - lo) % st == 0;
}

/* math.isqrt, math.factorial, math.comb and math.perm of ints (op 0 to 3,
 * PYCC_INT_MATH_*; perm with one argument is factorial): CPython's values
 * and ValueErrors (mathmodule.c). `flags` bit 0 (bit 1) says `a` (`b`)
 * is a uint64, so every argument is exact. A result past int64 raises
 * OverflowError (an int64 result; CPython's would be a big int). */
HIDDEN long long pycc_int_math(long long op, long long a, long long b, long long flags) {
    static const char *const names[] = {"isqrt", "factorial", "comb", "perm"};
    __int128 n = (flags & 1) ? (__int128)(unsigned long long)a : (__int128)a;
    __int128 k = (flags & 2) ? (__int128)(unsigned long long)b : (__int128)b;
    if (op == 0) {
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "isqrt() argument must be nonnegative");
            return 0;
        }
        /* sqrt of the nearest double is within 1 of the floor; fix it up. */
        unsigned __int128 r = (unsigned __int128)sqrt((double)n);
        while (r * r > (unsigned __int128)n)
            r--;
        while ((r + 1) * (r + 1) <= (unsigned __int128)n)
            r++;
        return (long long)r;
    }
    if (op == 1) {
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "factorial() not defined for negative values");
            return 0;
        }
        k = n;
    } else if (n < 0 || k < 0) {
        PyErr_SetString(PyExc_ValueError, n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        return 0;
    }
    if (k > n)
        return 0;
    if (op == 2 && k > n - k)
        k = n - k;
    /* comb: r is C(n, i + 1) after step i, which grows with i up to
     * n / 2; perm: each factor is at least 1 and only the last can be 1.
     * Either way r passes int64 within about 64 steps or never does. */
    unsigned __int128 r = 1;
    for (__int128 i = 0; i < k; i++) {
        r *= (unsigned __int128)(n - i);
        if (op == 2)
            r /= (unsigned __int128)(i + 1);
        if (r > (unsigned __int128)INT64_MAX) {
            PyErr_Format(PyExc_OverflowError, "%s() result does not fit int64", names[op]);
            return 0;
        }
    }
    return (long long)r;
}

/* ---- sets (sema/containers/strings/sets.rs): each a CPython set, kept by the call's arena ----
 *
 * The frequent item operations call CPython's set C API directly (no
 * method lookup, no argument tuple); the rest go through pycc_str_call_*.
 * An item is boxed by its kind as str_arg boxes it. */

/* `x` into or out of set `s`: op 0 add, 1 discard, 2 `x in s`, 3 remove;
 * 0 or 1 (found), or -1 with an exception set (remove's KeyError(x), its
 * argument wrapped as set.remove does, so a tuple is KeyError((1, 2))).
 * Releases x. */
static long long set_item_op(long long s, long long op, PyObject *x) {
    PyObject *set = (PyObject *)(Py_ssize_t)s;
    if (x == NULL)
        return -1;
    int r;
    if (op == 0)
        r = PySet_Add(set, x);
    else if (op == 2)
        r = PySet_Contains(set, x);
    else {
        r = PySet_Discard(set, x);
        if (r == 0 && op == 3) {
            PyObject *k = PyTuple_Pack(1, x);
            if (k != NULL) {
                PyErr_SetObject(PyExc_KeyError, k);
                Py_DECREF(k);
            }
            r = -1;
        }
    }
    Py_DECREF(x);
    return r;
}

/* A number item, boxed by its kind as str_arg boxes it. */
HIDDEN long long pycc_set_op(long long s, long long op, long long kind, long long a, double d) {
    return set_item_op(s, op, str_arg(a, d, (int)kind));
}

/* A tuple item of n (<= 4) numbers, each boxed by its kind (4 bits each). */
HIDDEN long long pycc_set_op_tuple(long long s, long long op, long long n, long long kinds, long long a0,
                                   long long a1, long long a2, long long a3, double d0, double d1, double d2,
                                   double d3) {
    long long a[4] = {a0, a1, a2, a3};
    double d[4] = {d0, d1, d2, d3};
    PyObject *t = PyTuple_New((Py_ssize_t)n);
    if (t == NULL)
        return -1;
    for (long long i = 0; i < n; i++) {
        PyObject *x = str_arg(a[i], d[i], (int)((kinds >> (4 * i)) & 15));
        if (x == NULL) {
            Py_DECREF(t);
            return -1;
        }
        PyTuple_SetItem(t, (Py_ssize_t)i, x); /* steals x */
    }
    return set_item_op(s, op, t);
}

HIDDEN long long pycc_set_len(long long s) { return (long long)PySet_Size((PyObject *)(Py_ssize_t)s); }

/* The item last taken by pycc_set_step or pycc_set_pop, converted (each
 * part of a tuple item): the kernel reads it at once, before any other
 * set operation runs. */
static long long set_cur_i[4];
static double set_cur_f[4];

static void set_part(PyObject *x, int j) {
    if (PyFloat_Check(x)) {
        set_cur_f[j] = PyFloat_AsDouble(x);
        set_cur_i[j] = 0;
    } else {
        set_cur_i[j] = PyBool_Check(x) ? (x == Py_True) : PyLong_AsLongLong(x);
        set_cur_f[j] = (double)set_cur_i[j];
    }
}

/* Converts and releases an item; 1, or -1 with an exception set. */
static long long set_take(PyObject *x) {
    if (PyTuple_Check(x)) {
        Py_ssize_t n = PyTuple_Size(x);
        for (Py_ssize_t j = 0; j < n && j < 4; j++)
            set_part(PyTuple_GetItem(x, j), (int)j);
    } else
        set_part(x, 0);
    Py_DECREF(x);
    return PyErr_Occurred() ? -1 : 1;
}

/* The next item of a set iterator: 1, 0 at the end, or -1 with CPython's
 * exception set (RuntimeError: Set changed size during iteration). */
HIDDEN long long pycc_set_step(long long it) {
    PyObject *x = PyIter_Next((PyObject *)(Py_ssize_t)it);
    if (x == NULL)
        return PyErr_Occurred() ? -1 : 0;
    return set_take(x);
}

/* set.pop(): 1, or -1 with KeyError('pop from an empty set') set. */
HIDDEN long long pycc_set_pop(long long s) {
    PyObject *x = PySet_Pop((PyObject *)(Py_ssize_t)s);
    return x == NULL ? -1 : set_take(x);
}

/* Part j of the item taken (`status` orders the read after the take). */
HIDDEN long long pycc_set_cur_i(long long status, long long j) {
    (void)status;
    return set_cur_i[j & 3];
}

HIDDEN double pycc_set_cur_f(long long status, long long j) {
    (void)status;
    return set_cur_f[j & 3];
}

/* The wrapper's str result: a new reference to the kernel's str. */
HIDDEN PyObject *pycc_str_box(long long s) {
    /* 0: None, from a function returning a str or None. */
    PyObject *o = s == 0 ? Py_None : (PyObject *)(Py_ssize_t)s;
    Py_INCREF(o);
    return o;
}

/* A str argument: its object's address (borrowed: the caller's argument
 * outlives the call). 0, or -1 with TypeError set. */
HIDDEN int pycc_arg_str(PyObject *o, const char *fname, const char *names, Py_ssize_t i, long long *out) {
    if (!PyUnicode_Check(o)) {
        return wrong_array(o, fname, names, i, "str", NULL, NULL);
    }
    *out = (long long)(Py_ssize_t)o;
    return 0;
}

/* A set argument (numba's reflected set): the set object itself, whose
 * changes the caller sees (borrowed: the caller's argument outlives the
 * call), once every item is checked to be of `kind` as a list's items are
 * (in iteration order). 0, or -1 with TypeError or OverflowError set. */
HIDDEN int pycc_arg_set(PyObject *o, const char *fname, const char *names, Py_ssize_t i, long long kind,
                        long long *out) {
    if (!PySet_Check(o)) {
        return wrong_array(o, fname, names, i, "set", NULL, NULL);
    }
    PyObject *it = PyObject_GetIter(o);
    if (it == NULL)
        return -1;
    PyObject *x;
    long long word;
    for (Py_ssize_t k = 0; (x = PyIter_Next(it)) != NULL; k++) {
        int bad = list_word(x, kind, &word, fname, nth_name(names, i), k, "set");
        Py_DECREF(x);
        if (bad != 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return -1;
    *out = (long long)(Py_ssize_t)o;
    return 0;
}

/* numpy.<name>, importing numpy on first use. New reference or NULL. */
static SLOW PyObject *np_attr(const char *name) {
    PyObject *np = PyImport_ImportModule("numpy");
    if (np == NULL)
        return NULL;
    PyObject *f = PyObject_GetAttrString(np, name);
    Py_DECREF(np);
    return f;
}

/* numpy's array-interface type string of a format character. */
static const char *typestr(char c) {
    switch (c) {
    case '?': return "|b1";
    case 'b': return "|i1";
    case 'B': return "|u1";
    case 'h': return "<i2";
    case 'H': return "<u2";
    case 'i': return "<i4";
    case 'I': return "<u4";
    case 'f': return "<f4";
    case 'd': return "<f8";
    case 'Q': return "<u8";
    case 'F': return "<c8";
    case 'D': return "<c16";
    default: return "<i8";
    }
}

/* ---- numpy's C API, for the hot paths ----
 *
 * Allocating, re-checking and boxing arrays through numpy's Python API
 * costs microseconds per array (argument tuples, keyword dicts, the buffer
 * protocol's format strings, an __array_interface__ for a view), which a
 * loop that makes small arrays pays every iteration. numpy's C API table
 * (the `_ARRAY_API` capsule, ABI-stable slot numbers from numpy's
 * numpy_api.py) does the same in a fraction: PyArray_Empty and
 * PyArray_Zeros are what np.empty and np.zeros call, PyArray_NewFromDescr
 * what a view is. An ndarray's fields are read through numpy's public
 * struct layout (PyArrayObject_fields, which numpy's own accessor macros
 * read). Without the table (no numpy 1.x/2.x capsule) the Python paths
 * below are taken as before. */

/* pycc_ndarray, pycc_descr: runtime_buffer.h. */

typedef PyObject *(*pycc_descr_from_type_fn)(int);
typedef PyObject *(*pycc_new_from_descr_fn)(PyTypeObject *, PyObject *, int, const Py_ssize_t *,
                                            const Py_ssize_t *, void *, int, PyObject *);
typedef PyObject *(*pycc_empty_fn)(int, const Py_ssize_t *, PyObject *, int);
typedef int (*pycc_set_base_fn)(PyObject *, PyObject *);

/* A module already imported (new reference), or NULL; imports nothing. */
static PyObject *imported(const char *name) {
    PyObject *n = PyUnicode_FromString(name);
    PyObject *m = n ? PyImport_GetModule(n) : NULL;
    Py_XDECREF(n);
    PyErr_Clear();
    return m;
}

HIDDEN PyTypeObject *pycc_ndarray_type;

/* Looks numpy's C API up (sets pycc_ndarray_type once numpy is imported). */
HIDDEN void pycc_find_ndarray_type(void) { (void)numpy_api(); }

/* numpy's C API table, or NULL (then the Python paths are used). numpy is
 * not imported here: until something imported it (a module that never
 * allocates never does) this is NULL and is asked again next time. */
static void **numpy_api(void) {
    static void **api;
    static int tried;
    if (api != NULL || tried)
        return api;
    PyObject *m = imported("numpy._core._multiarray_umath");
    if (m == NULL)
        m = imported("numpy.core._multiarray_umath");
    if (m == NULL)
        return NULL;
    tried = 1;
    PyObject *c = PyObject_GetAttrString(m, "_ARRAY_API");
    if (c != NULL && PyCapsule_CheckExact(c))
        api = (void **)PyCapsule_GetPointer(c, NULL);
    if (api != NULL)
        pycc_ndarray_type = (PyTypeObject *)api[2];
    Py_XDECREF(c);
    Py_XDECREF(m);
    PyErr_Clear();
    return api;
}

/* numpy's type number of a format character (the dtype the typestr of
 * `typestr` names: int64 is NPY_LONG on LP64), -1 for none. */
static int npy_type_num(char c) {
    switch (c) {
    case '?': return 0;
    case 'b': return 1;
    case 'B': return 2;
    case 'h': return 3;
    case 'H': return 4;
    case 'i': return 5;
    case 'I': return 6;
    case 'q': return sizeof(long) == 8 ? 7 : 9;
    case 'Q': return sizeof(long) == 8 ? 8 : 10;
    case 'f': return 11;
    case 'd': return 12;
    case 'F': return 14;
    case 'D': return 15;
    default: return -1;
    }
}

/* Whether `o` is exactly an ndarray (its fields may be read). */
static int is_ndarray(PyObject *o, void **api) {
    return api != NULL && o != NULL && Py_TYPE(o) == (PyTypeObject *)api[2];
}

/* An ndarray's descriptor as kernels carry it: data, shape, strides, owner. */
static void ndarray_desc(PyObject *o, long long *out) {
    pycc_ndarray *a = (pycc_ndarray *)o;
    out[0] = (long long)(Py_ssize_t)a->data;
    for (int d = 0; d < a->nd; d++) {
        out[1 + d] = a->dimensions[d];
        out[1 + a->nd + d] = a->strides[d];
    }
    out[1 + 2 * a->nd] = (long long)(Py_ssize_t)o;
}

/* Whether ndarray `o` has dtype `dtype` (a format character, native byte
 * order; int64 may be numpy's long or long long) and `ndim`. */
static int ndarray_is(PyObject *o, long long ndim, char dtype) {
    pycc_ndarray *a = (pycc_ndarray *)o;
    pycc_descr *t = (pycc_descr *)a->descr;
    int num = npy_type_num(dtype), alias = num == 7 || num == 8 ? num + 2 : num;
    return a->nd == ndim && num >= 0 && (t->type_num == num || t->type_num == alias) &&
           (t->byteorder == '=' || t->byteorder == '|');
}

/* pycc_contiguous of ndarray `o`: C order (c) or F order. */
static int ndarray_contiguous(PyObject *o, int c, Py_ssize_t itemsize) {
    pycc_ndarray *a = (pycc_ndarray *)o;
    Py_ssize_t expect = itemsize;
    for (int j = 0; j < a->nd; j++) {
        int k = c ? a->nd - 1 - j : j;
        if (a->dimensions[k] == 0)
            return 1;
        if (a->dimensions[k] != 1) {
            if (a->strides[k] != expect)
                return 0;
            expect *= a->dimensions[k];
        }
    }
    return 1;
}

/* np.empty / np.zeros (func 0, 1) of a shape (`args` as for pycc_np_new)
 * through numpy's C API, as numpy's own np.empty/np.zeros make them. New
 * reference, NULL with numpy's exception, or NULL without one when the
 * arguments are not a plain shape (the caller calls numpy). */
static PyObject *fast_empty(long long func, long long dtype, long long ndim, long long nargs, const long long *args,
                            void **api) {
    Py_ssize_t shape[32];
    int num = npy_type_num((char)dtype);
    if (api == NULL || (func != 0 && func != 1) || num < 0 || ndim < 1 || ndim > 32)
        return NULL;
    if (args[0] == '(' && args[1] == ndim && nargs == 1 + ndim) {
        for (long long d = 0; d < ndim; d++) {
            if (args[2 * (1 + d)] != 'i')
                return NULL;
            shape[d] = (Py_ssize_t)args[2 * (1 + d) + 1];
        }
    } else if (args[0] == 'i' && ndim == 1 && nargs == 1) {
        shape[0] = (Py_ssize_t)args[1];
    } else {
        return NULL;
    }
    PyObject *descr = ((pycc_descr_from_type_fn)api[45])(num);
    if (descr == NULL)
        return NULL;
    /* PyArray_Empty (slot 184) and PyArray_Zeros (183) steal the descr. */
    return ((pycc_empty_fn)api[func == 0 ? 184 : 183])((int)ndim, shape, descr, 0);
}

/* A view over ndarray `owner`'s memory with descriptor `desc` (the fast
 * array_object): an ndarray whose base is the owner, writable as the owner
 * is. New reference, NULL with an exception, or NULL without one when the
 * C API cannot make it (the caller takes the Python path). */
static PyObject *fast_view(const long long *desc, long long ndim, char dtype, void **api) {
    PyObject *owner = (PyObject *)(Py_ssize_t)desc[1 + 2 * ndim];
    int num = npy_type_num(dtype);
    if (num < 0 || ndim > 32)
        return NULL;
    pycc_ndarray *o = (pycc_ndarray *)owner;
    int same = (long long)(Py_ssize_t)o->data == desc[0] && ndarray_is(owner, ndim, dtype);
    for (long long d = 0; same && d < ndim; d++)
        same = o->dimensions[d] == desc[1 + d] && o->strides[d] == desc[1 + ndim + d];
    if (same) {
        Py_INCREF(owner);
        return owner;
    }
    Py_ssize_t shape[32], strides[32];
    for (long long d = 0; d < ndim; d++) {
        shape[d] = desc[1 + d];
        strides[d] = desc[1 + ndim + d];
    }
    PyObject *descr = ((pycc_descr_from_type_fn)api[45])(num);
    if (descr == NULL)
        return NULL;
    PyObject *arr = ((pycc_new_from_descr_fn)api[94])((PyTypeObject *)api[2], descr, (int)ndim, shape, strides,
                                                       (void *)(Py_ssize_t)desc[0], o->flags & PYCC_NPY_WRITEABLE, NULL);
    if (arr == NULL)
        return NULL;
    Py_INCREF(owner);
    if (((pycc_set_base_fn)api[282])(arr, owner) != 0) { /* steals the reference */
        Py_DECREF(arr);
        return NULL;
    }
    return arr;
}

/* The Python object for an array value `desc` (data, shape, strides,
 * owner, as kernels carry it): the owner itself when the descriptor is the
 * owner's own buffer, otherwise (a view: `a[1:]`, `a[:, k]`) a numpy array
 * over that memory, whose base keeps a memoryview of the owner (so the
 * memory stays valid and cannot be resized away). New reference. */
static Py_ssize_t code_size(char c);

/* The kind of a buffer format's item: 'i' signed, 'u' unsigned, 'f'
 * float, 'b' bool, 'c' complex, 0 for anything else. */
static char format_kind(const char *format) {
    if (format == NULL)
        return 'u'; /* PEP 3118: no format is unsigned bytes */
    char c = format[0] != 0 && strchr("@=<>!", format[0]) ? format[1] : format[0];
    if (c == 'Z')
        return 'c';
    return strchr("bhilqn", c) && c ? 'i' : strchr("BHILQN", c) && c ? 'u' : strchr("efd", c) && c ? 'f' : c == '?' ? 'b' : 0;
}

static PyObject *array_object(const long long *desc, long long ndim, char dtype) {
    PyObject *owner = (PyObject *)(Py_ssize_t)desc[1 + 2 * ndim];
    void **api = numpy_api();
    if (is_ndarray(owner, api)) {
        PyObject *fast = fast_view(desc, ndim, dtype, api);
        if (fast != NULL || PyErr_Occurred())
            return fast;
    }
    Py_buffer v;
    if (PyObject_GetBuffer(owner, &v, PyBUF_STRIDES | PyBUF_FORMAT) != 0)
        return NULL;
    /* (the item size too: `z.real` of a complex array has z's data, shape
     * and strides) */
    /* (the kind of item too: `a.view(np.int64)` of a float64 buffer is not the buffer) */
    int same = v.buf == (void *)(Py_ssize_t)desc[0] && v.ndim == ndim && v.itemsize == code_size(dtype) &&
               format_kind(v.format) == (dtype == 'D' || dtype == 'F' ? 'c' : format_kind((char[]){dtype, 0}));
    for (long long d = 0; same && d < ndim; d++)
        same = v.shape[d] == desc[1 + d] && v.strides[d] == desc[1 + ndim + d];
    int readonly = v.readonly;
    PyBuffer_Release(&v);
    if (same) {
        Py_INCREF(owner);
        return owner;
    }
    static PyObject *asarray, *namespace;
    if (asarray == NULL && (asarray = np_attr("asarray")) == NULL)
        return NULL;
    if (namespace == NULL) {
        PyObject *types = PyImport_ImportModule("types");
        if (types == NULL)
            return NULL;
        namespace = PyObject_GetAttrString(types, "SimpleNamespace");
        Py_DECREF(types);
        if (namespace == NULL)
            return NULL;
    }
    PyObject *shape = PyTuple_New(ndim), *strides = PyTuple_New(ndim);
    for (long long d = 0; shape != NULL && strides != NULL && d < ndim; d++) {
        PyTuple_SetItem(shape, d, PyLong_FromLongLong(desc[1 + d]));
        PyTuple_SetItem(strides, d, PyLong_FromLongLong(desc[1 + ndim + d]));
    }
    PyObject *iface = (shape == NULL || strides == NULL) ? NULL
        : Py_BuildValue("{s:i,s:O,s:O,s:s,s:(KO)}", "version", 3, "shape", shape, "strides", strides,
                        "typestr", typestr(dtype), "data", (unsigned long long)desc[0],
                        readonly ? Py_True : Py_False);
    Py_XDECREF(shape);
    Py_XDECREF(strides);
    if (iface == NULL)
        return NULL;
    PyObject *keep = PyMemoryView_FromObject(owner);
    PyObject *holder = NULL;
    if (keep != NULL) {
        PyObject *kw = Py_BuildValue("{s:O,s:O}", "__array_interface__", iface, "owner", keep);
        PyObject *none = PyTuple_New(0);
        holder = (kw == NULL || none == NULL) ? NULL : PyObject_Call(namespace, none, kw);
        Py_XDECREF(kw);
        Py_XDECREF(none);
        Py_DECREF(keep);
    }
    Py_DECREF(iface);
    if (holder == NULL)
        return NULL;
    PyObject *arr = PyObject_CallFunctionObjArgs(asarray, holder, NULL);
    Py_DECREF(holder);
    return arr;
}

/* The exported call's array result as a Python object (new reference). */
HIDDEN PyObject *pycc_box_array(const long long *desc, long long ndim, long long dtype) {
    return array_object(desc, ndim, (char)dtype);
}

/* An export's (is-None flag, array) result: None when the flag is set (the
 * array's words are zero then, owning nothing), else the array boxed. */
HIDDEN PyObject *pycc_box_optional_array(long long none, const long long *desc, long long ndim, long long dtype) {
    if (none) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    return array_object(desc, ndim, (char)dtype);
}

/* The numpy functions the body may call, by the number the compiler passes
 * (NpFunc::code), their keywords and words: np_names, np_keywords,
 * np_words and the NP_<VARIANT> positions, written by build.rs from
 * src/tir/np_table.rs. */
#include "np_table.h"
#define NP_FUNCS (sizeof np_names / sizeof np_names[0])

/* Whether numpy.<func> is called with the dtype keyword: the constructors,
 * the copy and the ufuncs; argsort and the reductions are not (their
 * result dtype is numpy's default, which the compiler predicts). */
static int takes_dtype(long long func) {
    return func < NP_RANDOM0 && func != NP_ARGSORT && !(func >= NP_SUM && func <= NP_DOT) && func != NP_MATMUL && func != NP_FSUM &&
           (!(func >= NP_VAR && func < NP_UFUNC0) || func == NP_EYE || func == NP_IDENTITY || func == NP_ARRAY_KEEP || func == NP_ARRAY_ITEMS);
}

/* Item k of numpy's tuple result `r` for a name "f#k" (TUPLE_ITEMS), else
 * `r` itself; steals `r`, new reference or NULL. */
static PyObject *np_item(long long func, PyObject *r) {
    const char *hash = strchr(np_names[func], '#');
    if (r == NULL || hash == NULL || hash[1] == 0)
        return r;
    PyObject *item = PySequence_GetItem(r, atoi(hash + 1));
    Py_DECREF(r);
    return item;
}

/* numpy's `name`, where "a.b" is numpy.a's b: `linalg.solve`,
 * `maximum.accumulate`, `random.normal` (numpy.random's functions are the
 * bound methods of its global RandomState, whose state Python code shares).
 * NULL with an exception set. */
static SLOW PyObject *np_dotted(const char *name) {
    const char *dot = strchr(name, '.');
    if (dot == NULL)
        return np_attr(name);
    char head[64];
    size_t n = (size_t)(dot - name);
    if (n >= sizeof head) {
        PyErr_Format(PyExc_SystemError, "pycc: numpy name too long: %s", name);
        return NULL;
    }
    memcpy(head, name, n);
    head[n] = 0;
    PyObject *first = np_attr(head);
    PyObject *f = first ? PyObject_GetAttrString(first, dot + 1) : NULL;
    Py_XDECREF(first);
    return f;
}

/* numpy's array(a.tolist(), **kw): the items as Python numbers, which
 * numpy converts to the dtype with its checks (a nan into an int dtype is
 * ValueError, 300 into uint8 OverflowError), as `np.array(lst, dtype=)`
 * converts a list's items; `a.astype` would wrap. */
static PyObject *array_items(PyObject *self, PyObject *args, PyObject *kw) {
    (void)self;
    if (PyTuple_Size(args) != 1) {
        PyErr_SetString(PyExc_SystemError, "pycc: array_items takes one array");
        return NULL;
    }
    PyObject *items = PyObject_CallMethod(PyTuple_GetItem(args, 0), "tolist", NULL);
    PyObject *array = items ? np_attr("array") : NULL;
    PyObject *one = array ? PyTuple_Pack(1, items) : NULL;
    PyObject *r = one ? PyObject_Call(array, one, kw) : NULL;
    Py_XDECREF(one);
    Py_XDECREF(array);
    Py_XDECREF(items);
    return r;
}

static SLOW PyObject *np_function(long long func) {
    static PyObject *cache[NP_FUNCS];
    if (func < 0 || func >= (long long)NP_FUNCS) {
        PyErr_SetString(PyExc_SystemError, "pycc: unknown numpy function");
        return NULL;
    }
    const char *hash = strchr(np_names[func], '#');
    if (hash != NULL && cache[func] == NULL) {
        /* "f#k": numpy's f (np_item takes the item of its result). */
        char base[64];
        size_t n = (size_t)(hash - np_names[func]);
        memcpy(base, np_names[func], n);
        base[n] = 0;
        cache[func] = np_dotted(base);
    }
    if (cache[func] == NULL && strncmp(np_names[func], "operator.", 9) == 0) {
        PyObject *op = PyImport_ImportModule("operator");
        cache[func] = op ? PyObject_GetAttrString(op, np_names[func] + 9) : NULL;
        Py_XDECREF(op);
    } else if (cache[func] == NULL && strncmp(np_names[func], "pyrandom.", 9) == 0) {
        PyObject *random = PyImport_ImportModule("random");
        cache[func] = random ? PyObject_GetAttrString(random, np_names[func] + 9) : NULL;
        Py_XDECREF(random);
    } else if (cache[func] == NULL && strncmp(np_names[func], "pymath.", 7) == 0) {
        PyObject *math = PyImport_ImportModule("math");
        cache[func] = math ? PyObject_GetAttrString(math, np_names[func] + 7) : NULL;
        Py_XDECREF(math);
    } else if (cache[func] == NULL && strncmp(np_names[func], "items.", 6) == 0) {
        static PyMethodDef items_def = {"array_items", (PyCFunction)(void (*)(void))array_items,
                                        METH_VARARGS | METH_KEYWORDS, NULL};
        cache[func] = PyCFunction_NewEx(&items_def, NULL, NULL);
    } else if (cache[func] == NULL && strncmp(np_names[func], "ufunc.", 6) == 0) {
        cache[func] = np_attr(np_names[func] + 6);
    } else if (cache[func] == NULL)
        cache[func] = np_dotted(np_names[func]); /* kept for the process */
    return cache[func];
}

/* One argument as a Python object: tag 'i' int64, 'u' uint64, 'f'
 * float64 (bits), 'b' bool, 'O' a borrowed object, 'A' | ndim << 8 |
 * dtype << 16 an array descriptor's address (see array_object). */
/* A Python list of the arrays list `l` holds (each item a descriptor of
 * `l->words` words, as array_object reads one). New reference or NULL. */
static PyObject *array_list(const pycc_list *l, long long ndim, char dtype) {
    PyObject *out = PyList_New(l->len);
    for (long long k = 0; out != NULL && k < l->len; k++) {
        PyObject *a = array_object(l->data + k * l->words, ndim, dtype);
        if (a == NULL)
            Py_CLEAR(out);
        else
            PyList_SetItem(out, k, a);
    }
    return out;
}

/* A list-of-arrays argument (numba's reflected list of arrays): each item
 * must be an ndarray of the kind's ndim, dtype and layout (TypeError), and
 * writable when the body writes into the items (ValueError); the pycc list holds each one's
 * descriptor, its owner the caller's array itself (the caller's list keeps
 * it alive), so stores reach the caller's arrays. 0, or -1 with TypeError. */
static const char *dtype_name(char c) {
    switch (c) {
    case '?': return "bool";
    case 'b': return "int8";
    case 'B': return "uint8";
    case 'h': return "int16";
    case 'H': return "uint16";
    case 'i': return "int32";
    case 'I': return "uint32";
    case 'q': return "int64";
    case 'Q': return "uint64";
    case 'f': return "float32";
    case 'd': return "float64";
    default: return "complex";
    }
}

static int arg_array_list(PyObject *o, const char *fname, const char *name, long long kind, long long *out) {
    long long ndim = (kind >> 8) & 0xff, layout = (kind >> 24) & 3, written = (kind >> 26) & 1;
    char dtype = (char)(kind >> 16);
    Py_ssize_t n = PyList_Size(o);
    long long h = pycc_list_new(2 + 2 * ndim, n);
    if (h == 0)
        return -1;
    pycc_list *l = (pycc_list *)(Py_ssize_t)h;
    void **api = numpy_api();
    for (Py_ssize_t k = 0; k < n && k < l->len; k++) {
        PyObject *x = PyList_GetItem(o, k);
        const char *bad = NULL, *why = "an array of another dtype or ndim";
        if (!is_ndarray(x, api) || !ndarray_is(x, ndim, dtype)) {
            bad = "";
        } else if (layout != 0 && !ndarray_contiguous(x, layout == 1, code_size(dtype))) {
            bad = layout == 1 ? " (C-contiguous)" : " (Fortran-contiguous)";
            why = "a non-contiguous array";
        } else if (written && !(((pycc_ndarray *)x)->flags & PYCC_NPY_WRITEABLE)) {
            /* as a read-only array argument that the body stores into */
            PyErr_Format(PyExc_ValueError, "%s() argument '%s' item %zd is a read-only array, but %s() stores into it",
                         fname, name, k, fname);
            return -1;
        }
        if (bad != NULL) {
            PyObject *what = is_ndarray(x, api) ? PyUnicode_FromString(why)
                                                : PyObject_GetAttrString((PyObject *)Py_TYPE(x), "__name__");
            if (what == NULL)
                return -1;
            PyErr_Format(PyExc_TypeError,
                         "%s() argument '%s' must be a list of %lld-d %s arrays%s, not a list holding %U (item %zd)",
                         fname, name, ndim, dtype_name(dtype), bad, what, k);
            Py_DECREF(what);
            return -1;
        }
        ndarray_desc(x, l->data + k * l->words);
    }
    *out = h;
    return 0;
}

static PyObject *np_scalar(long long tag, long long bits) {
    switch ((tag & 0xff) == 'A' || (tag & 0xff) == 'L' ? tag & 0xff : tag) {
    case 'i': return PyLong_FromLongLong(bits);
    case 'u': return PyLong_FromUnsignedLongLong((unsigned long long)bits);
    case 'b': return PyBool_FromLong(bits != 0);
    case 'f': {
        double d;
        memcpy(&d, &bits, sizeof d);
        return PyFloat_FromDouble(d);
    }
    case 'z': { /* a complex number: bits points at its two parts */
        double parts[2];
        memcpy(parts, (const void *)(Py_ssize_t)bits, sizeof parts);
        return PyComplex_FromDoubles(parts[0], parts[1]);
    }
    case 's': /* a word: np_words[bits] */
        if (bits == 0)
            Py_RETURN_NONE;
        if (bits < 0 || bits >= (long long)(sizeof np_words / sizeof np_words[0])) {
            PyErr_SetString(PyExc_SystemError, "pycc: bad numpy word");
            return NULL;
        }
        return PyUnicode_FromString(np_words[bits]);
    case 'O': {
        PyObject *o = (PyObject *)(Py_ssize_t)bits;
        Py_INCREF(o);
        return o;
    }
    case 'A': /* an array: bits points at its descriptor; ndim and dtype ride in the tag */
        return array_object((const long long *)(Py_ssize_t)bits, (tag >> 8) & 0xff, (char)(tag >> 16));
    case 'L': /* a list of arrays: bits is its header; the items' ndim and dtype ride in the tag */
        return array_list((const pycc_list *)(Py_ssize_t)bits, (tag >> 8) & 0xff, (char)(tag >> 16));
    default:
        PyErr_SetString(PyExc_SystemError, "pycc: bad numpy argument tag");
        return NULL;
    }
}

/* The item size of a native format character. */
static Py_ssize_t code_size(char c) {
    switch (c) {
    case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'D': return 16;
    default: return 8; /* 'F' (complex64) too */
    }
}

/* About the bytes of the largest array an allocating call's arguments
 * name: an array argument's, or a shape's (a tuple or an int) in `dtype`;
 * a guess that only decides whether the buffer cache is worth installing. */
static long long times(long long n, long long x) {
    long long r;
    return x <= 0 ? 0 : __builtin_mul_overflow(n, x, &r) ? LLONG_MAX : r;
}

static long long args_bytes(long long dtype, long long nargs, const long long *args) {
    long long most = 0;
    for (long long k = 0; k < nargs;) {
        long long tag = args[2 * k], bits = args[2 * k + 1], n = 0;
        if ((char)tag == '(') {
            n = code_size((char)dtype);
            for (long long e = 0; e < bits; e++)
                n = times(n, args[2 * (k + 1 + e)] == 'i' ? args[2 * (k + 1 + e) + 1] : 1);
            k += 1 + bits;
        } else if ((char)tag == 'A') {
            const long long *d = (const long long *)(Py_ssize_t)bits;
            long long nd = (tag >> 8) & 0xff;
            n = code_size((char)(tag >> 16));
            for (long long e = 0; e < nd; e++)
                n = times(n, d[1 + e]);
            k++;
        } else if ((char)tag == 'i') {
            n = times(code_size((char)dtype), bits);
            k++;
        } else {
            k += (char)tag == '=' ? 2 : 1;
        }
        most = n > most ? n : most;
    }
    return most;
}

/* The tuple of the `n` (tag, bits) pairs at `args`: numbers, arrays, and
 * in an index (`a[idx, 1:]`) ':' for a slice of the next three pairs and
 * 'E' for Ellipsis. New reference or NULL. */
static PyObject *np_tuple(const long long *args, long long n) {
    PyObject *list = PyList_New(0);
    for (long long e = 0; list != NULL && e < n; e++) {
        PyObject *x;
        if (args[2 * e] == ':' && e + 3 < n) {
            PyObject *p[3];
            for (int j = 0; j < 3; j++)
                p[j] = np_scalar(args[2 * (e + 1 + j)], args[2 * (e + 1 + j) + 1]);
            x = p[0] && p[1] && p[2] ? PySlice_New(p[0], p[1], p[2]) : NULL;
            for (int j = 0; j < 3; j++)
                Py_XDECREF(p[j]);
            e += 3;
        } else if (args[2 * e] == 'E') {
            x = Py_Ellipsis;
            Py_INCREF(x);
        } else {
            x = np_scalar(args[2 * e], args[2 * e + 1]);
        }
        if (x == NULL || PyList_Append(list, x) != 0)
            Py_CLEAR(list);
        Py_XDECREF(x);
    }
    if (list == NULL)
        return NULL;
    PyObject *t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

/* numpy.<func>(*args, dtype=<dtype>) (no dtype keyword for dtype 0),
 * with the arguments encoded as for pycc_np_new. New reference or NULL. */
static PyObject *np_call_all(long long func, long long dtype, long long nargs, const long long *args);

/* numpy.<func>(args...); for a name "f#" (np.split's pieces, as many as
 * the call makes) the last argument, an int, is the index of the item of
 * f's result to return instead. New reference or NULL. */
static PyObject *np_call(long long func, long long dtype, long long nargs, const long long *args) {
    const char *hash = strchr(np_names[func], '#');
    if (hash == NULL || hash[1] != 0 || nargs < 1 || args[2 * (nargs - 1)] != 'i')
        return np_call_all(func, dtype, nargs, args);
    PyObject *r = np_call_all(func, dtype, nargs - 1, args);
    if (r == NULL)
        return NULL;
    PyObject *item = PySequence_GetItem(r, (Py_ssize_t)args[2 * (nargs - 1) + 1]);
    Py_DECREF(r);
    return item;
}

static PyObject *np_call_all(long long func, long long dtype, long long nargs, const long long *args) {
    PyObject *f = np_function(func);
    if (f == NULL)
        return NULL;
    Py_ssize_t count = 0;
    for (long long k = 0; k < nargs; k += args[2 * k] == '(' ? 1 + args[2 * k + 1] : args[2 * k] == '=' ? 2 : 1)
        count += args[2 * k] != '=';
    PyObject *pos = PyTuple_New(count);
    if (pos == NULL)
        return NULL;
    /* Keyword arguments ('=' with a keyword's index, then its value). */
    PyObject *kw = NULL;
    Py_ssize_t j = 0;
    for (long long k = 0; k < nargs; j++) {
        PyObject *item;
        if (args[2 * k] == '=') {
            PyObject *v = np_scalar(args[2 * k + 2], args[2 * k + 3]);
            if (kw == NULL && v != NULL)
                kw = PyDict_New();
            int bad = v == NULL || kw == NULL || PyDict_SetItemString(kw, np_keywords[args[2 * k + 1]], v) != 0;
            Py_XDECREF(v);
            if (bad) {
                Py_XDECREF(kw);
                Py_DECREF(pos);
                return NULL;
            }
            k += 2;
            j--;
            continue;
        }
        if (args[2 * k] == '(') {
            long long n = args[2 * k + 1];
            item = np_tuple(args + 2 * (k + 1), n);
            k += 1 + n;
        } else {
            item = np_scalar(args[2 * k], args[2 * k + 1]);
            k++;
        }
        if (item == NULL) {
            Py_XDECREF(kw);
            Py_DECREF(pos);
            return NULL;
        }
        PyTuple_SetItem(pos, j, item);
    }
    if (kw != NULL) {
        /* A call with keywords takes no dtype (only the reductions have them). */
        PyObject *r = PyObject_Call(f, pos, kw);
        Py_DECREF(kw);
        Py_DECREF(pos);
        return r;
    }
    /* {"dtype": code} (and order='C' for a copy), made once and kept for the process. */
    static PyObject *kwargs[2][128];
    unsigned char c = (unsigned char)dtype & 127;
    int copy = func == NP_COPY;
    if (c != 0 && kwargs[copy][c] == NULL) {
        char code[2] = {(char)c, 0};
        kwargs[copy][c] = copy ? Py_BuildValue("{ssss}", "dtype", code, "order", "C") : Py_BuildValue("{ss}", "dtype", code);
        if (kwargs[copy][c] == NULL) {
            Py_DECREF(pos);
            return NULL;
        }
    }
    PyObject *r = PyObject_Call(f, pos, c ? kwargs[copy][c] : NULL);
    Py_DECREF(pos);
    return r;
}

/* numpy's bitgen_t (numpy/random/bitgen.h), which a BitGenerator's
 * "BitGenerator" capsule points at. */
typedef struct {
    void *state;
    uint64_t (*next_uint64)(void *st);
    uint32_t (*next_uint32)(void *st);
    double (*next_double)(void *st);
    uint64_t (*next_raw)(void *st);
} pycc_bitgen;

/* The global RandomState's bit generator (numpy's bitgen_t), looked up
 * again when np.random.set_bit_generator has replaced it; NULL with an
 * exception set. The scalar draws below use it as numpy's legacy
 * RandomState methods do, without a Python call. numpy takes the
 * RandomState's lock around a scalar draw without releasing the GIL; the
 * GIL, held here with no Python code running, excludes the same callers. */
static pycc_bitgen *global_bitgen(void) {
    static PyObject *rs, *rs_type, *desc, *current;
    static descrgetfunc get;
    static pycc_bitgen *bitgen;
    if (get == NULL) {
        /* `_rand._bit_generator` is a member descriptor of the RandomState
         * type: its getter, called directly, reads the attribute without an
         * attribute lookup on each draw. */
        PyObject *mtrand = PyImport_ImportModule("numpy.random.mtrand");
        PyObject *r = mtrand ? PyObject_GetAttrString(mtrand, "_rand") : NULL;
        Py_XDECREF(mtrand);
        if (r == NULL)
            return NULL;
        PyObject *t = PyObject_Type(r);
        PyObject *d = t ? PyObject_GetAttrString(t, "_bit_generator") : NULL;
        descrgetfunc g = d ? (descrgetfunc)PyType_GetSlot(Py_TYPE(d), Py_tp_descr_get) : NULL;
        if (g == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "pycc: numpy's RandomState has no _bit_generator member");
            Py_XDECREF(d);
            Py_XDECREF(t);
            Py_DECREF(r);
            return NULL;
        }
        rs = r, rs_type = t, desc = d, get = g;
    }
    PyObject *bg = get(desc, rs, rs_type);
    if (bg == NULL)
        return NULL;
    if (bg != current) {
        PyObject *cap = PyObject_GetAttrString(bg, "capsule");
        pycc_bitgen *p = cap ? (pycc_bitgen *)PyCapsule_GetPointer(cap, "BitGenerator") : NULL;
        Py_XDECREF(cap);
        if (p == NULL) {
            Py_DECREF(bg);
            return NULL;
        }
        /* The reference kept in `current` keeps the state `p` points into. */
        Py_XDECREF(current);
        current = bg;
        bitgen = p;
    } else {
        Py_DECREF(bg);
    }
    return bitgen;
}

/* A positional number argument (tag 'i', 'f' or 'b') as a double, as
 * numpy's PyFloat_AsDouble reads it; 0 if it is another kind. */
static int scalar_double(const long long *arg, double *out) {
    switch (arg[0]) {
    case 'i': *out = (double)arg[1]; return 1;
    case 'b': *out = arg[1] != 0; return 1;
    case 'f': memcpy(out, &arg[1], sizeof *out); return 1;
    default: return 0;
    }
}

/* The scalar draws numpy's legacy RandomState makes in C, made here from
 * its bit generator with numpy's own arithmetic (mtrand.pyx,
 * _bounded_integers.pyx.in, distributions.c): random_sample() is
 * next_double; uniform(low, high) is `low + (high - low) * next_double`;
 * randint(low, high) is random_bounded_uint64_fill's masked rejection
 * (RandomState always masks). Returns 1 with *out set, 0 when the call is
 * not one of these forms or numpy would raise (the Python call then gives
 * numpy's error), -1 with an exception set. */
static int random_scalar_fast(long long func, long long nargs, const long long *args, long long *out) {
    double lo = 0.0, hi = 1.0;
    int uniform = func == NP_RANDOM_UNIFORM && nargs <= 2 && (nargs < 1 || scalar_double(args, &lo)) &&
                  (nargs < 2 || scalar_double(args + 2, &hi)) && isfinite(hi - lo);
    int randint = func == NP_RANDOM_RANDINT && (nargs == 1 || nargs == 2) && args[0] == 'i' &&
                  (nargs == 1 || args[2] == 'i');
    if (!(func == NP_RANDOM_RANDOM_SAMPLE && nargs == 0) && !uniform && !randint)
        return 0;
    long long low = randint && nargs == 2 ? args[1] : 0, high = randint ? args[2 * nargs - 1] : 0;
    if (randint && (high == LLONG_MIN || low > high - 1))
        return 0;
    pycc_bitgen *g = global_bitgen();
    if (g == NULL)
        return -1;
    if (!randint) {
        double d = lo + (hi - lo) * g->next_double(g->state);
        memcpy(out, &d, sizeof d);
        return 1;
    }
    uint64_t rng = (uint64_t)(high - 1) - (uint64_t)low, mask = rng, val = 0;
    for (int k = 1; k < 64; k *= 2)
        mask |= mask >> k;
    if (rng == 0)
        val = 0;
    else if (rng == 0xFFFFFFFFULL)
        val = g->next_uint32(g->state);
    else if (rng < 0xFFFFFFFFULL)
        while ((val = (g->next_uint32(g->state) & (uint32_t)mask)) > rng)
            ;
    else if (rng == UINT64_MAX)
        val = g->next_uint64(g->state);
    else
        while ((val = (g->next_uint64(g->state) & mask)) > rng)
            ;
    *out = (long long)((uint64_t)low + val);
    return 1;
}

/* Python's random.getrandbits(k) (k <= 64) of the module's shared
 * instance, called without building an argument tuple. */
static int py_getrandbits(int k, uint64_t *out) {
    PyObject *f = np_function(NP_PYRANDOM_GETRANDBITS);
    PyObject *n = f ? PyLong_FromLong(k) : NULL;
    PyObject *r = n ? PyObject_CallFunctionObjArgs(f, n, NULL) : NULL;
    Py_XDECREF(n);
    if (r == NULL)
        return -1;
    *out = PyLong_AsUnsignedLongLong(r);
    Py_DECREF(r);
    return PyErr_Occurred() ? -1 : 0;
}

/* Python's random module's scalar draws as Lib/random.py (3.11) makes
 * them, with its C methods random() and getrandbits(k) doing the drawing:
 * random(); uniform(a, b) is `a + (b - a) * random()`; randrange(stop),
 * randrange(start, stop) and randint(a, b) (randrange(a, b + 1)) are
 * `start + _randbelow(width)`, _randbelow_with_getrandbits drawing
 * `width.bit_length()` bits until the value is below width. Returns 1 with
 * *out set, 0 for another call or one Python would reject (its own code
 * then raises), -1 with an exception set. */
static int py_random_fast(long long func, long long nargs, const long long *args, long long *out) {
    const double exact = 9007199254740992.0; /* 2**53: ints convert exactly */
    double a, b;
    int uniform = func == NP_PYRANDOM_UNIFORM && nargs == 2 && scalar_double(args, &a) && scalar_double(args + 2, &b) &&
                  (args[0] == 'f' || fabs(a) <= exact) && (args[2] == 'f' || fabs(b) <= exact) &&
                  (args[0] == 'f' || args[2] == 'f' || fabs(b - a) <= exact);
    if ((func == NP_PYRANDOM_RANDOM && nargs == 0) || uniform) {
        PyObject *f = np_function(NP_PYRANDOM_RANDOM);
        PyObject *r = f ? PyObject_CallNoArgs(f) : NULL;
        if (r == NULL)
            return -1;
        double d = PyFloat_AsDouble(r);
        Py_DECREF(r);
        if (uniform)
            d = a + (b - a) * d;
        memcpy(out, &d, sizeof d);
        return 1;
    }
    int ints = nargs >= 1 && nargs <= 2 && args[0] == 'i' && (nargs == 1 || args[2] == 'i');
    __int128 start = 0, width;
    if (ints && func == NP_PYRANDOM_RANDINT && nargs == 2)
        start = args[1], width = (__int128)args[3] + 1 - start;
    else if (ints && func == NP_PYRANDOM_RANDRANGE && nargs == 2)
        start = args[1], width = (__int128)args[3] - start;
    else if (ints && func == NP_PYRANDOM_RANDRANGE && nargs == 1)
        width = args[1];
    else
        return 0;
    if (width <= 0 || width >= ((__int128)1 << 63))
        return 0;
    int k = 64 - __builtin_clzll((uint64_t)width);
    uint64_t r;
    do {
        if (py_getrandbits(k, &r) != 0)
            return -1;
    } while ((__int128)r >= width);
    *out = (long long)(start + (__int128)r);
    return 1;
}

/* A numpy function whose result is a number (np.sum, np.dot, ...): stored
 * in *out as a double's bits (kind 'f'), two doubles' bits (kind 'c': the
 * real and imaginary parts in out[0], out[1]), an int64 ('i'), a uint64 ('u') or
 * 0/1 ('b'). Returns 0, or -1 with numpy's exception set. */
HIDDEN int pycc_np_value(long long func, long long kind, long long nargs, const long long *args,
                         long long *out) {
    int fast = random_scalar_fast(func, nargs, args, out);
    if (fast == 0)
        fast = py_random_fast(func, nargs, args, out);
    if (fast != 0)
        return fast < 0 ? -1 : 0;
    PyObject *r = np_item(func, np_call(func, 0, nargs, args));
    if (r == NULL)
        return -1;
    if (func == NP_ARRAY_STR) { /* print(a): the str object, kept by the arena */
        if (arena_keep(r) != 0)
            return -1;
        *out = (long long)(Py_ssize_t)r;
        return 0;
    }
    /* a statement: a[mask] = v, tmp += x (in place); np.random.shuffle(a),
     * np.random.seed(n), np.fill_diagonal(a, v) (None); np.clip(..., out=b)
     * (b itself); np.matmul(a, b, out=o) (o itself: of 1-d operands without
     * out= matmul's value is a numpy scalar, no array) */
    if ((func >= NP_SETITEM && func <= NP_ITRUEDIV) || func == NP_CLIP || r == Py_None ||
        (func == NP_MATMUL && is_ndarray(r, numpy_api()))) {
        Py_DECREF(r);
        *out = 0;
        return 0;
    }
    if (kind == 'c') {
        /* complex(r): numpy's complex64 is no complex subclass, but has
         * __complex__; out[0], out[1] get the parts. */
        PyObject *z = PyObject_CallFunctionObjArgs((PyObject *)&PyComplex_Type, r, NULL);
        double parts[2] = {z ? PyComplex_RealAsDouble(z) : -1.0, z ? PyComplex_ImagAsDouble(z) : -1.0};
        memcpy(out, parts, sizeof parts);
        Py_XDECREF(z);
    } else if (kind == 'f') {
        double d = PyFloat_AsDouble(r);
        memcpy(out, &d, sizeof d);
    } else if (kind == 'b') {
        int t = PyObject_IsTrue(r);
        *out = t;
    } else {
        PyObject *i = PyNumber_Index(r);
        *out = i == NULL ? -1 : kind == 'u' ? (long long)PyLong_AsUnsignedLongLong(i) : PyLong_AsLongLong(i);
        Py_XDECREF(i);
    }
    Py_DECREF(r);
    return PyErr_Occurred() ? -1 : 0;
}

/* Calls numpy.<func>(*args, dtype=<dtype>) and hands the new array to the
 * current arena. `args` holds `nargs` (tag, bits) pairs; tag '(' with bits
 * n makes a tuple of the next n scalars (a shape). `dtype` is a buffer
 * format character ('d', 'q', 'B', '?', ...), which numpy reads as that
 * dtype. The result must be an `ndim`-d array of that dtype (and
 * contiguous along `unit_axis` unless it is -1, as for an argument); its descriptor goes to `out` as
 * pycc_arg_buffer writes one. Returns 0, or -1 with an exception set
 * (numpy's own: "negative dimensions are not allowed", MemoryError, ...). */
HIDDEN int pycc_np_new(long long func, long long dtype, long long ndim, long long unit_axis,
                       long long nargs, const long long *args, long long *out) {
    if (current_arena == NULL) {
        PyErr_SetString(PyExc_SystemError, "pycc: array allocated outside an exported call");
        return -1;
    }
    if (args_bytes(dtype, nargs, args) >= CACHE_MIN)
        cache_install();
    void **api = numpy_api();
    PyObject *arr = fast_empty(func, dtype, ndim, nargs, args, api);
    /* argsort and the reductions take no dtype keyword (see takes_dtype). */
    if (arr == NULL && !PyErr_Occurred())
        arr = np_item(func, np_call(func, takes_dtype(func) ? dtype : 0, nargs, args));
    long long first = func == NP_HISTOGRAM_COUNTS || func == NP_HISTOGRAM_EDGES ? NP_HISTOGRAM_COUNTS
                      : func == NP_MESHGRID_X || func == NP_MESHGRID_Y ? NP_MESHGRID_X : -1;
    if (arr != NULL && first >= 0) {
        PyObject *item = PySequence_GetItem(arr, func - first);
        Py_DECREF(arr);
        arr = item;
    }
    if (arr == NULL)
        return -1;
    if (*current_arena == NULL && (*current_arena = PyList_New(0)) == NULL) {
        Py_DECREF(arr);
        return -1;
    }
    int kept = PyList_Append(*current_arena, arr);
    Py_DECREF(arr); /* the arena's reference keeps it */
    if (kept != 0)
        return -1;
    /* An ndarray of the dtype and order compiled for: its fields are the
     * descriptor, without the buffer protocol. */
    if (is_ndarray(arr, api) && ndarray_is(arr, ndim, (char)dtype) &&
        (unit_axis < 0 || ndarray_contiguous(arr, unit_axis == ndim - 1, code_size((char)dtype)))) {
        ndarray_desc(arr, out);
        return 0;
    }
    Py_buffer v;
    /* A view numpy made of a read-only argument (np.transpose, np.reshape)
     * is read-only; the compiler asks for a writable argument wherever the
     * body stores through one of its views. */
    if (PyObject_GetBuffer(arr, &v, PyBUF_STRIDES | PyBUF_FORMAT | PyBUF_WRITABLE) != 0) {
        PyErr_Clear();
        if (PyObject_GetBuffer(arr, &v, PyBUF_STRIDES | PyBUF_FORMAT) != 0) {
            /* Not an array at all (np.poly of no roots is the float 1.0). */
            PyErr_Clear();
            PyObject *type = PyObject_Type(arr);
            PyErr_Format(PyExc_ValueError,
                         "pycc: numpy.%s returned %R for these values, where pycc compiled a %lld-d array "
                         "of dtype '%c' (numpy's result type depends on the values here)",
                         np_names[func], type, ndim, (char)dtype);
            Py_XDECREF(type);
            return -1;
        }
    }
    /* numpy keeps the memory while the array lives; the view is not needed. */
    int ok = v.ndim == ndim && pycc_format_matches(v.format, pycc_format_kind((char)dtype)) &&
             v.itemsize == code_size((char)dtype) &&
             (unit_axis < 0 || pycc_contiguous(&v, unit_axis == ndim - 1));
    if (ok) {
        out[0] = (long long)(Py_ssize_t)v.buf;
        for (long long d = 0; d < ndim; d++) {
            out[1 + d] = v.shape[d];
            out[1 + ndim + d] = v.strides[d];
        }
        out[1 + 2 * ndim] = (long long)(Py_ssize_t)arr;
    }
    long long itemsize = v.itemsize;
    int got_ndim = v.ndim;
    char got_format[8] = {0};
    strncpy(got_format, v.format ? v.format : "B", sizeof got_format - 1);
    PyBuffer_Release(&v);
    if (!ok && strcmp(np_names[func], "cross") == 0 && got_ndim < ndim) {
        /* numpy 2 deprecates 2-element vectors (a scalar z, one axis less);
         * numba refuses them and points to cross2d. */
        PyErr_SetString(PyExc_ValueError, "pycc: numpy.cross of 2-element vectors gives the z component only, "
                        "which numpy 2 deprecates; pycc compiles np.cross for 3-element vectors, as numba "
                        "(numba.np.extensions.cross2d computes the 2-element form)");
        return -1;
    }
    if (!ok && strcmp(np_names[func], "roots") == 0 && itemsize == 2 * code_size((char)dtype)) {
        /* As numba's np.roots: compiled for real roots (no domain change). */
        PyErr_SetString(PyExc_ValueError, "pycc: numpy.roots() gave complex roots; it is compiled for real "
                        "coefficients with real roots (a float64 array, as in numba)");
        return -1;
    }
    if (!ok && itemsize == 2 * code_size((char)dtype) &&
        (strcmp(np_names[func], "linalg.eigvals") == 0 || strncmp(np_names[func], "linalg.eig#", 11) == 0)) {
        /* As numba's np.linalg.eig/eigvals of a real matrix: real results. */
        PyErr_Format(PyExc_ValueError, "%s() argument must not cause a domain change.",
                     strcmp(np_names[func], "linalg.eigvals") == 0 ? "eigvals" : "eig");
        return -1;
    }
    if (!ok) {
        /* numpy's result type depends on the values here (an empty operand:
         * np.bincount's int64 zeros despite float weights, np.nanpercentile's
         * scalar nan): a value error of pycc's, documented, not a crash. */
        PyErr_Format(PyExc_ValueError,
                     "pycc: numpy.%s returned a %d-d result of format '%s' (itemsize %lld) for these values, "
                     "where pycc compiled a %lld-d array of dtype '%c' (numpy's result type depends on the "
                     "values here)",
                     np_names[func], got_ndim, got_format, itemsize, ndim, (char)dtype);
        return -1;
    }
    return 0;
}

/* Whether `o`, an array nothing but the arena holds, is what
 * numpy.empty(shape, dtype) would make (same shape and dtype, C order);
 * then its descriptor goes to `out`. `args` as for pycc_np_new. */
static int fits_empty(PyObject *o, long long dtype, long long ndim, long long unit_axis, long long nargs,
                      const long long *args, long long *out) {
    long long shape[32];
    if (ndim < 1 || ndim > 32)
        return 0;
    if (args[0] == '(' && args[1] == ndim && nargs == 1 + ndim) {
        for (long long d = 0; d < ndim; d++)
            shape[d] = args[2 * (1 + d) + 1];
    } else if (args[0] == 'i' && ndim == 1 && nargs == 1) {
        shape[0] = args[1];
    } else {
        return 0;
    }
    if (is_ndarray(o, numpy_api())) {
        /* numpy.empty's array: C order, writable, this dtype and shape. */
        pycc_ndarray *a = (pycc_ndarray *)o;
        int ok = ndarray_is(o, ndim, (char)dtype) && (a->flags & PYCC_NPY_WRITEABLE);
        Py_ssize_t step = code_size((char)dtype);
        for (long long d = ndim - 1; ok && d >= 0; d--) {
            ok = a->dimensions[d] == shape[d] && (shape[d] <= 1 || a->strides[d] == step);
            step *= a->dimensions[d];
        }
        if (ok)
            ndarray_desc(o, out);
        return ok;
    }
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_STRIDES | PyBUF_FORMAT | PyBUF_WRITABLE) != 0) {
        PyErr_Clear();
        return 0;
    }
    int ok = v.ndim == ndim && pycc_format_matches(v.format, pycc_format_kind((char)dtype)) &&
             v.itemsize == code_size((char)dtype) && (unit_axis < 0 || pycc_contiguous(&v, unit_axis == ndim - 1));
    Py_ssize_t step = v.itemsize;
    for (long long d = ndim - 1; ok && d >= 0; d--) {
        ok = v.shape[d] == shape[d] && (shape[d] <= 1 || v.strides[d] == step);
        step *= v.shape[d];
    }
    if (ok) {
        out[0] = (long long)(Py_ssize_t)v.buf;
        for (long long d = 0; d < ndim; d++) {
            out[1 + d] = v.shape[d];
            out[1 + ndim + d] = v.strides[d];
        }
        out[1 + 2 * ndim] = (long long)(Py_ssize_t)o;
    }
    PyBuffer_Release(&v);
    return ok;
}

/* `np.empty(...)` at a site whose previous array (`candidate`, 0 for none)
 * is dead (src/analysis/lifetimes.rs): that array is the result when
 * nothing else holds it (a numpy view made of it would) and it has the
 * shape and dtype asked for, so a loop reuses one buffer instead of
 * freeing and allocating (and faulting in fresh pages) each iteration.
 * Otherwise the candidate is released and numpy allocates. Returns as
 * pycc_np_new. */
HIDDEN int pycc_np_renew(long long candidate, long long func, long long dtype, long long ndim,
                         long long unit_axis, long long nargs, const long long *args, long long *out) {
    PyObject *o = (PyObject *)(Py_ssize_t)candidate;
    PyObject *list = current_arena ? *current_arena : NULL;
    if (o != NULL && list != NULL) {
        Py_ssize_t n = PyList_Size(list), at = n - 1;
        while (at >= 0 && PyList_GetItem(list, at) != o)
            at--;
        if (at >= 0 && Py_REFCNT(o) == 1 && fits_empty(o, dtype, ndim, unit_axis, nargs, args, out)) {
            /* Reused: it moves to the end, where the next search starts,
             * so a loop that also leaves other objects in the arena (its
             * lists) finds it in one step instead of one more each time. */
            if (at != n - 1) {
                PyObject *last = PyList_GetItem(list, n - 1);
                Py_INCREF(last);
                Py_INCREF(o);
                PyList_SetItem(list, at, last); /* drops the list's old reference to o */
                PyList_SetItem(list, n - 1, o); /* drops the one to last at n - 1 */
            }
            return 0;
        }
    }
    pycc_np_release(candidate);
    return pycc_np_new(func, dtype, ndim, unit_axis, nargs, args, out);
}

/* numpy 2's OverflowError for a Python int operand that the array's dtype
 * (a format character) cannot hold: "Python integer 300 out of bounds for uint8". */
HIDDEN SLOW void pycc_python_int_error(long long value, long long is_unsigned, long long format) {
    const char *name;
    switch ((char)format) {
    case 'b': name = "int8"; break;
    case 'B': name = "uint8"; break;
    case 'h': name = "int16"; break;
    case 'H': name = "uint16"; break;
    case 'i': name = "int32"; break;
    case 'I': name = "uint32"; break;
    case 'q': name = "int64"; break;
    default: name = "uint64"; break;
    }
    if (is_unsigned)
        PyErr_Format(PyExc_OverflowError, "Python integer %llu out of bounds for %s", (unsigned long long)value, name);
    else
        PyErr_Format(PyExc_OverflowError, "Python integer %lld out of bounds for %s", value, name);
}

/* numpy's ValueError for shapes that do not broadcast, worded by mode
 * (src_ndim >> 8): 0, a slice assignment: "could not broadcast input array
 * from shape (3,) into shape (4,)"; 1, a binary operation on arrays src and
 * dst: "operands could not be broadcast together with shapes (3,) (4,) ";
 * 2, dst op= src: "... with shapes (4,) (3,) (4,) " (inputs, then output). */
static void broadcast_error(long long src_ndim, long long dst_ndim, const long long *s, const long long *d) {
    long long mode = src_ndim >> 8;
    src_ndim &= 0xff;
    /* 32 extents of up to 20 digits and a comma each fit */
    char text[2][32 * 21 + 4];
    for (int k = 0; k < 2; k++) {
        long long n = k ? dst_ndim : src_ndim;
        const long long *x = k ? d : s;
        size_t at = 0, cap = sizeof text[k];
        at += snprintf(text[k], cap, "(");
        for (long long j = 0; j < n && at < cap; j++)
            at += snprintf(text[k] + at, cap - at, j ? ",%lld" : "%lld", x[j]);
        if (at < cap)
            snprintf(text[k] + at, cap - at, n == 1 ? ",)" : ")");
    }
    if (mode == 1)
        PyErr_Format(PyExc_ValueError, "operands could not be broadcast together with shapes %s %s ",
                     text[0], text[1]);
    else if (mode == 2)
        PyErr_Format(PyExc_ValueError, "operands could not be broadcast together with shapes %s %s %s ",
                     text[1], text[0], text[1]);
    else
        PyErr_Format(PyExc_ValueError, "could not broadcast input array from shape %s into shape %s",
                     text[0], text[1]);
}

HIDDEN SLOW void pycc_broadcast_error(long long src_ndim, long long dst_ndim, long long s0,
                                      long long s1, long long s2, long long d0, long long d1,
                                      long long d2) {
    long long s[3] = {s0, s1, s2}, d[3] = {d0, d1, d2};
    broadcast_error(src_ndim, dst_ndim, s, d);
}

/* pycc_broadcast_error for shapes of more than 3 dimensions: 32 extents
 * of each shape (MAX_NDIM in syntax/signature.rs), unused ones 0. */
HIDDEN SLOW void pycc_broadcast_error_nd(long long src_ndim, long long dst_ndim, long long s0, long long s1,
                                         long long s2, long long s3, long long s4, long long s5, long long s6,
                                         long long s7, long long s8, long long s9, long long s10,
                                         long long s11, long long s12, long long s13, long long s14,
                                         long long s15, long long s16, long long s17, long long s18,
                                         long long s19, long long s20, long long s21, long long s22,
                                         long long s23, long long s24, long long s25, long long s26,
                                         long long s27, long long s28, long long s29, long long s30,
                                         long long s31, long long d0, long long d1, long long d2,
                                         long long d3, long long d4, long long d5, long long d6, long long d7,
                                         long long d8, long long d9, long long d10, long long d11,
                                         long long d12, long long d13, long long d14, long long d15,
                                         long long d16, long long d17, long long d18, long long d19,
                                         long long d20, long long d21, long long d22, long long d23,
                                         long long d24, long long d25, long long d26, long long d27,
                                         long long d28, long long d29, long long d30, long long d31) {
    long long s[32] = {s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18,
        s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31};
    long long d[32] = {d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18,
        d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31};
    broadcast_error(src_ndim, dst_ndim, s, d);
}
