#!/usr/bin/python3
"""Botan's SM2 (Debian's python3-botan, an implementation independent of OpenSSL), driven
by tests/interop/gm_interop_test.cpp. Keys cross as hex numbers: the private scalar d and
the public point (x, y); files hold raw bytes.

  keygen                          prints d, x and y in hex, one per line
  sign D_HEX MESSAGE SIGNATURE    SM2/SM3 with ID 1234567812345678, DER {r, s}
  verify X_HEX Y_HEX MESSAGE SIGNATURE   exit 0 when it verifies, 1 when not
  encrypt X_HEX Y_HEX PLAIN OUT   DER SM2Cipher (C1C3C2, GB/T 35276)
  decrypt D_HEX CIPHER OUT
"""
import ctypes
import sys

import botan2 as botan

CURVE = "sm2p256v1"
PADDING = "1234567812345678,SM3"  # the ID, then the hash (Botan's SM2 parameter string)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def sign(private, message):
    signer = botan.PKSign(private, PADDING, der=True)
    # PKSign.update of this binding takes only str; the C call takes bytes as they are.
    handle = signer._PKSign__obj
    botan._DLL.botan_pk_op_sign_update(handle, message, ctypes.c_size_t(len(message)))
    return signer.finish(botan.RandomNumberGenerator())


def main(argv):
    command = argv[1]
    if command == "keygen":
        key = botan.PrivateKey.create("SM2", CURVE, botan.RandomNumberGenerator())
        for field in ("x", "public_x", "public_y"):
            print("%064x" % key.get_field(field))
        return 0
    if command == "sign":
        key = botan.PrivateKey.load_sm2(CURVE, int(argv[2], 16))
        write(argv[4], sign(key, read(argv[3])))
        return 0
    if command == "verify":
        key = botan.PublicKey.load_sm2(CURVE, int(argv[2], 16), int(argv[3], 16))
        verifier = botan.PKVerify(key, PADDING, der=True)
        verifier.update(read(argv[4]))
        return 0 if verifier.check_signature(read(argv[5])) else 1
    if command == "encrypt":
        key = botan.PublicKey.load_sm2(CURVE, int(argv[2], 16), int(argv[3], 16))
        cipher = botan.PKEncrypt(key, "SM3").encrypt(read(argv[4]), botan.RandomNumberGenerator())
        write(argv[5], cipher)
        return 0
    if command == "decrypt":
        key = botan.PrivateKey.load_sm2(CURVE, int(argv[2], 16))
        write(argv[4], botan.PKDecrypt(key, "SM3").decrypt(read(argv[3])))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
