#!/bin/bash
while [ ! -f /tmp/s13/bench/DONE1 ]; do sleep 2; done
sleep 1
P=$(pgrep -f "s13typing.py --tree old=/tmp/s13b_302023f --tree new=/tmp/s13b_bfbc977"); [ -n "$P" ] && kill $P
sleep 1
cd /tmp/s13 && /work/venv/bin/python s13typing.py --tree old=/tmp/s13e_new --tree new=/tmp/s13h_new --rounds 2 --reps 2 --groups typing,all --out /tmp/s13/diag4 > /tmp/s13/diag4.log 2>&1
touch /tmp/s13/diag4/DONE
