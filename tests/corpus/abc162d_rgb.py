# corpus: public GitHub file, code-index id 21016957816 (the index gives no repository; AtCoder ABC162 D "RGB Triplets") (`@njit(sig)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed); license not stated in the file
from sys import stdin
import numpy as np
from numba import njit
from numba.pycc import CC
cc = CC('abc162d_rgb')
def main():
    #入力
    readline=stdin.readline
    n=int(readline())
    s=readline().strip()
    ans=s.count("R")*s.count("G")*s.count("B")
    s=np.array([0 if s[i]=="R" else 1 if s[i]=="G" else 2 for i in range(n)],dtype=np.int64)

    print(f(n,ans,s))

@cc.export('f', 'i8(i8,i8,i8[:])')
@njit("i8(i8,i8,i8[:])")
def f(n,ans,s):
    for i in range(n):
        for j in range(i+1,n):
            k=2*j-i
            if k>=n: break
            if s[i]!=s[j] and s[j]!=s[k] and s[k]!=s[i]:
                ans-=1
    return ans

if __name__=="__main__":
    main()
