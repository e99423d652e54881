/* Hand C for bench/recursion.py: the same kernels without a guard, and
 * (GUARD defined) with a guard like runtime_fast.c's pycc_stack_guard: the
 * stack address (GUARD_SP; pycc compares the frame address, which measured
 * the same here) against a thread-local floor, a noreturn call past it.
 * The guarded build measures what the check costs in plain C. */
#ifdef GUARD
#ifndef GUARD_SP
#define GUARD_SP __builtin_stack_address()
#endif
#include <stdlib.h>
__thread char *floor_ __attribute__((tls_model("initial-exec")));
__attribute__((noreturn, cold, noinline)) static void overflow(void) { abort(); }
#define CHECK()                                                                \
    do {                                                                       \
        if (__builtin_expect((char *)GUARD_SP < floor_, 0))                    \
            overflow();                                                        \
    } while (0)
#else
#define CHECK() ((void)0)
#endif

long long fib(long long n) {
    CHECK();
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

long long ack(long long m, long long n) {
    CHECK();
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

double tree_sum(const double *a, long long lo, long long hi) {
    CHECK();
    if (hi - lo <= 4) {
        double s = 0.0;
        for (long long i = lo; i < hi; i++)
            s += a[i];
        return s;
    }
    long long mid = (lo + hi) / 2;
    return tree_sum(a, lo, mid) + tree_sum(a, mid, hi);
}
