# A coroutine function cannot be exported (numba compiles plain functions).
from pycc import CC

cc = CC('coro')


@cc.export('f', 'f8(f8)')
async def f(x):
    return x
