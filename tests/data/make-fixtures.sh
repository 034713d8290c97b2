#!/usr/bin/env bash
# Regenerates every certificate, key and container fixture under tests/data/.
#
#   Usage: tests/data/make-fixtures.sh          (works from any directory)
#          tests/data/make-fixtures.sh hostile  (only hostile/, which is fixed byte for byte)
#          tests/data/make-fixtures.sh outcomes (only outcomes/)
#          tests/data/make-fixtures.sh renewal  (only renewal/)
#
# Needs only the OpenSSL 3 command-line tool. Keys, signatures and serial
# numbers are random on every run; file names, subjects, extensions and
# validity dates are fixed, so tests may rely on everything except key bytes.
# README.md next to this script describes each output file.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly KEY_PASS='correct horse'    # every encrypted private key
readonly PFX_PASS='pfx-pass'         # every password-protected PKCS#12 file
readonly SM2_ID='1234567812345678'   # SM2 distinguishing ID (GM/T 0009 default)
readonly CA_FROM=20250101000000Z CA_TO=20450101000000Z
readonly LEAF_FROM=20250101000000Z LEAF_TO=20440101000000Z
readonly OUT_DIRS=(rsa ec ed25519 sm2 findings other hostile outcomes renewal)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/keys" "$WORK/newcerts"
: >"$WORK/index.txt"

# Every openssl command below reads this minimal configuration instead of the
# system one, so local openssl.cnf tweaks cannot change the fixtures.
export OPENSSL_CONF="$WORK/openssl.cnf"
cat >"$OPENSSL_CONF" <<EOF
[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes

[ req_dn ]

[ ca ]
default_ca = fixture_ca

[ fixture_ca ]
database        = $WORK/index.txt
new_certs_dir   = $WORK/newcerts
serial          = $WORK/serial          # unused: -rand_serial is always given
default_md      = sha256
policy          = policy_any
unique_subject  = no
email_in_dn     = no
copy_extensions = none
string_mask     = utf8only

[ policy_any ]
countryName      = optional
organizationName = optional
commonName       = optional
EOF

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

# Runs a command silently; shows its output only if it fails.
quiet() {
    local output
    if ! output=$("$@" 2>&1); then
        printf 'make-fixtures.sh: command failed: %s\n%s\n' "$*" "$output" >&2
        exit 1
    fi
}

# new_key OUT SPEC — unencrypted PKCS#8 PEM key. SPEC: rsa:BITS, ec:CURVE, ed25519, sm2.
new_key() {
    local out=$1 spec=$2
    case $spec in
        rsa:*) quiet openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:${spec#rsa:}" -out "$out" ;;
        ec:*) quiet openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:${spec#ec:}" \
            -pkeyopt ec_param_enc:named_curve -out "$out" ;;
        ed25519) quiet openssl genpkey -algorithm ED25519 -out "$out" ;;
        ed448) quiet openssl genpkey -algorithm ED448 -out "$out" ;;
        dsa) quiet openssl genpkey -paramfile "$WORK/dsa-params.pem" -out "$out" ;;
        sm2) quiet openssl genpkey -algorithm SM2 -out "$out" ;;
        *) echo "unknown key spec: $spec" >&2; exit 1 ;;
    esac
}

# key_kind KEY — prints sm2, ed25519 or other.
key_kind() {
    local text
    text=$(openssl pkey -in "$1" -noout -text)
    case $text in
        *"ASN1 OID: SM2"*) echo sm2 ;;
        ED25519* | ED448*) echo ed25519 ;;   # no digest option
        *) echo other ;;
    esac
}

# ca_key BASE — where the private key of the CA certificate BASE.pem is kept.
# CA keys stay in the temporary directory; only leaf keys are fixtures.
ca_key() { echo "$WORK/keys/${1//\//_}.key"; }

# url_name BASE — short name of a CA used in AIA / CRL URLs (rsa/inter-b -> inter-b).
url_name() {
    local name=${1#rsa/}
    name=${name#findings/}
    echo "${name//\//-}"
}

# skid_of CERT — the subjectKeyIdentifier of CERT as colon-separated hex.
skid_of() { openssl x509 -in "$1" -noout -ext subjectKeyIdentifier | tail -n 1 | tr -d ' '; }

# write_ext LINE... — writes an [ ext ] section for `openssl ca -extfile`.
write_ext() {
    { echo '[ ext ]'; printf '%s\n' "$@"; } >"$WORK/ext.cnf"
}

# issue OUT KEY SUBJECT ISSUER FROM TO
#   Creates a CSR for KEY and has ISSUER sign it with the extensions from
#   write_ext and fixed validity dates. ISSUER is the base name of a CA made
#   by make_ca (e.g. rsa/inter-b) or "self". Digest: $MD (default sha256);
#   SM2 issuers always sign with SM3 and the SM2 distinguishing ID.
issue() {
    local out=$1 key=$2 subj=$3 issuer=$4 from=$5 to=$6
    local md=${MD:-sha256} csr="$WORK/request.csr" issuer_key
    local -a req_opts=() ca_opts=()

    case $(key_kind "$key") in
        sm2) req_opts=(-sm3 -sigopt "distid:$SM2_ID")
             ca_opts+=(-vfyopt "distid:$SM2_ID") ;;
        ed25519) ;;
        *) req_opts=(-sha256) ;;
    esac
    quiet openssl req -new -key "$key" -subj "$subj" "${req_opts[@]}" -out "$csr"

    if [[ $issuer == self ]]; then
        issuer_key=$key
        ca_opts+=(-selfsign -keyfile "$key")
    else
        issuer_key=$(ca_key "$issuer")
        ca_opts+=(-cert "$issuer.pem" -keyfile "$issuer_key")
    fi
    if [[ $(key_kind "$issuer_key") == sm2 ]]; then
        md=sm3
        ca_opts+=(-sigopt "distid:$SM2_ID")
    fi

    quiet openssl ca -batch -notext -rand_serial -preserveDN -md "$md" \
        -startdate "$from" -enddate "$to" \
        -extfile "$WORK/ext.cnf" -extensions ext \
        "${ca_opts[@]}" -in "$csr" -out "$out"
}

# make_ca BASE CN ISSUER KEYSPEC [PATHLEN]
#   Writes BASE.pem (subject O=CCM Test, CN=CN); the key stays in $WORK.
#   Optional environment: SUBJ (whole subject), SKID (explicit key id),
#   AIA_NAME (CA name used in the AIA/CRL URLs instead of ISSUER's).
make_ca() {
    local base=$1 cn=$2 issuer=$3 spec=$4 pathlen=${5:-} key
    key=$(ca_key "$base")
    new_key "$key" "$spec"
    local -a ext=(
        "basicConstraints = critical, CA:TRUE${pathlen:+, pathlen:$pathlen}"
        "keyUsage = critical, keyCertSign, cRLSign"
        "subjectKeyIdentifier = ${SKID:-hash}"
    )
    if [[ $issuer != self ]]; then
        local name=${AIA_NAME:-$(url_name "$issuer")}
        ext+=(
            "authorityKeyIdentifier = keyid:always"
            "authorityInfoAccess = caIssuers;URI:http://ca.example.test/$name.cer"
            "crlDistributionPoints = URI:http://crl.example.test/$name.crl"
        )
    fi
    write_ext "${ext[@]}"
    issue "$base.pem" "$key" "${SUBJ:-/O=CCM Test/CN=$cn}" "$issuer" "$CA_FROM" "$CA_TO"
}

# make_leaf BASE CN [SAN]
#   Writes BASE.pem and its unencrypted PKCS#8 key BASE.key. SAN defaults to
#   DNS:CN; pass "" for no subjectAltName extension.
#   Optional environment: ISSUER (default rsa/inter-b), KEYSPEC (default
#   rsa:2048), KU, EKU, BC (basicConstraints value), SUBJ, FROM, TO, MD.
make_leaf() {
    local base=$1 cn=$2 san=${3-DNS:$2}
    local issuer=${ISSUER:-rsa/inter-b}
    local name
    name=$(url_name "$issuer")
    new_key "$base.key" "${KEYSPEC:-rsa:2048}"
    local -a ext=(
        "basicConstraints = critical, ${BC:-CA:FALSE}"
        "keyUsage = critical, ${KU:-digitalSignature, keyEncipherment}"
        "extendedKeyUsage = ${EKU:-serverAuth}"
        "subjectKeyIdentifier = hash"
        "authorityKeyIdentifier = keyid:always"
        "authorityInfoAccess = OCSP;URI:http://ocsp.example.test, caIssuers;URI:http://ca.example.test/$name.cer"
        "crlDistributionPoints = URI:http://crl.example.test/$name.crl"
    )
    if [[ -n $san ]]; then
        ext+=("subjectAltName = $san")
    fi
    write_ext "${ext[@]}"
    issue "$base.pem" "$base.key" "${SUBJ:-/CN=$cn}" "$issuer" "${FROM:-$LEAF_FROM}" "${TO:-$LEAF_TO}"
}

# Key format conversions (input is always an unencrypted PKCS#8 PEM key).
pkcs8_der()      { quiet openssl pkcs8 -topk8 -nocrypt -in "$1" -outform DER -out "$2"; }
pkcs8_enc()      { quiet openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in "$1" -passout "pass:$KEY_PASS" -out "$2"; }
pkcs8_enc_der()  { quiet openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in "$1" -passout "pass:$KEY_PASS" -outform DER -out "$2"; }
rsa_trad()       { quiet openssl rsa -in "$1" -traditional -out "$2"; }
rsa_trad_der()   { quiet openssl rsa -in "$1" -traditional -outform DER -out "$2"; }
rsa_trad_enc()   { quiet openssl rsa -in "$1" -traditional -aes256 -passout "pass:$KEY_PASS" -out "$2"; }
ec_trad()        { quiet openssl ec -in "$1" -out "$2"; }
ec_trad_enc()    { quiet openssl ec -in "$1" -aes256 -passout "pass:$KEY_PASS" -out "$2"; }

# ---------------------------------------------------------------------------
# hostile/: containers whose key derivation would take minutes
# ---------------------------------------------------------------------------
# Written with `openssl asn1parse -genconf` from fixed values (no keys, no
# randomness): only the parameters are real, the encrypted bytes are filler,
# and MACs do not verify. The reader must refuse them before deriving a key.
readonly ABSURD=2147483647   # 2^31-1 iterations: minutes of CPU per derivation
readonly ABOVE_CAP=2000000   # twice the reader's cap: a few seconds, still refused

# genconf OUT — DER from the asn1parse configuration on standard input.
genconf() {
    cat >"$WORK/genconf.cnf"
    quiet openssl asn1parse -genconf "$WORK/genconf.cnf" -noout -out "$1"
}
# lines LINE... — one configuration line each.
lines() { printf '%s\n' "$@"; }

# OIDs, spelled out so no OpenSSL build's name table matters.
readonly OID_DATA=1.2.840.113549.1.7.1 OID_ENCRYPTED_DATA=1.2.840.113549.1.7.6
readonly OID_SHROUDED_KEY_BAG=1.2.840.113549.1.12.10.1.2 OID_PBE_SHA1_3DES=1.2.840.113549.1.12.1.3
readonly OID_PBES2=1.2.840.113549.1.5.13 OID_PBKDF2=1.2.840.113549.1.5.12 OID_SCRYPT=1.3.6.1.4.1.11591.4.11
readonly OID_HMAC_SHA256=1.2.840.113549.2.9 OID_AES256_CBC=2.16.840.1.101.3.4.1.42 OID_SHA256=2.16.840.1.101.3.4.2.1
FILLER=$(printf '%0128d' 0)   # 64 zero bytes as hex
readonly FILLER

# [epki]: an EncryptedPrivateKeyInfo with PBES2 and AES-256-CBC; its [kdf] comes from one of the two below.
epki_sections() {
    lines "[epki]" "algorithm = SEQUENCE:pbes2" "encryptedData = FORMAT:HEX,OCT:$FILLER" \
        "[pbes2]" "oid = OID:$OID_PBES2" "params = SEQUENCE:pbes2params" \
        "[pbes2params]" "kdf = SEQUENCE:kdf" "enc = SEQUENCE:aes" \
        "[aes]" "oid = OID:$OID_AES256_CBC" "iv = FORMAT:HEX,OCT:000102030405060708090a0b0c0d0e0f"
}
pbkdf2_section() { # ITERATIONS
    lines "[kdf]" "oid = OID:$OID_PBKDF2" "params = SEQUENCE:pbkdf2params" \
        "[pbkdf2params]" "salt = FORMAT:HEX,OCT:0001020304050607" "iter = INT:$1" "prf = SEQUENCE:prf" \
        "[prf]" "oid = OID:$OID_HMAC_SHA256" "null = NULL"
}
scrypt_section() { # N r p
    lines "[kdf]" "oid = OID:$OID_SCRYPT" "params = SEQUENCE:scryptparams" \
        "[scryptparams]" "salt = FORMAT:HEX,OCT:0001020304050607" "n = INT:$1" "r = INT:$2" "p = INT:$3" \
        "keylength = INT:32"
}

# hostile_pfx OUT MAC_ITER KEY_ITER CERT_ITER — a PFX with an encrypted part (PKCS#12 PBE with SHA-1 and 3DES,
# CERT_ITER iterations) and a shrouded key (PBKDF2, KEY_ITER) outside it, and a SHA-256 MAC (MAC_ITER).
hostile_pfx() {
    local out=$1 mac_iter=$2 key_iter=$3 cert_iter=$4
    {
        lines "asn1 = SEQUENCE:pfx" \
            "[pfx]" "version = INT:3" "authSafe = SEQUENCE:authsafe" "macData = SEQUENCE:macdata" \
            "[authsafe]" "type = OID:$OID_DATA" "content = EXPLICIT:0,OCTWRAP,SEQUENCE:parts" \
            "[parts]" "certs = SEQUENCE:certpart" "keys = SEQUENCE:keypart" \
            "[certpart]" "type = OID:$OID_ENCRYPTED_DATA" "content = EXPLICIT:0,SEQUENCE:encrypteddata" \
            "[encrypteddata]" "version = INT:0" "info = SEQUENCE:encryptedinfo" \
            "[encryptedinfo]" "type = OID:$OID_DATA" "algorithm = SEQUENCE:pbe1" \
            "content = IMPLICIT:0,FORMAT:HEX,OCT:$FILLER" \
            "[pbe1]" "oid = OID:$OID_PBE_SHA1_3DES" "params = SEQUENCE:pbe1params" \
            "[pbe1params]" "salt = FORMAT:HEX,OCT:0706050403020100" "iter = INT:$cert_iter" \
            "[keypart]" "type = OID:$OID_DATA" "content = EXPLICIT:0,OCTWRAP,SEQUENCE:bags" \
            "[bags]" "bag = SEQUENCE:bag" \
            "[bag]" "id = OID:$OID_SHROUDED_KEY_BAG" "value = EXPLICIT:0,SEQUENCE:epki" \
            "[macdata]" "mac = SEQUENCE:digestinfo" "salt = FORMAT:HEX,OCT:0001020304050607" \
            "iter = INT:$mac_iter" \
            "[digestinfo]" "algorithm = SEQUENCE:sha256" "digest = FORMAT:HEX,OCT:$(printf '%064d' 0)" \
            "[sha256]" "oid = OID:$OID_SHA256" "null = NULL"
        epki_sections
        pbkdf2_section "$key_iter"
    } | genconf "$out"
}

# hostile_key BASE KDF_FUNCTION ARGS... — BASE.der and BASE.pem ("ENCRYPTED PRIVATE KEY").
hostile_key() {
    local base=$1; shift
    { lines "asn1 = SEQUENCE:epki"; epki_sections; "$@"; } | genconf "$base.der"
    { echo '-----BEGIN ENCRYPTED PRIVATE KEY-----'; openssl base64 -in "$base.der"; \
      echo '-----END ENCRYPTED PRIVATE KEY-----'; } >"$base.pem"
}

make_hostile() {
    echo "hostile/"
    rm -rf hostile
    mkdir -p hostile
    hostile_pfx hostile/pfx-mac-iter.p12 "$ABSURD" 2048 2048
    hostile_pfx hostile/pfx-mac-above-cap.p12 "$ABOVE_CAP" 2048 2048
    hostile_pfx hostile/pfx-key-iter.p12 2048 "$ABSURD" 2048
    hostile_pfx hostile/pfx-certs-iter.p12 2048 2048 "$ABSURD"
    hostile_key hostile/key-pbkdf2-iter pbkdf2_section "$ABSURD"
    hostile_key hostile/key-pbkdf2-above-cap pbkdf2_section "$ABOVE_CAP"
    hostile_key hostile/key-scrypt-memory scrypt_section 1048576 8 1   # 1 GiB
    hostile_key hostile/key-scrypt-work scrypt_section 16384 8 64      # 16 MiB, 64 times the usual work
    rm hostile/key-pbkdf2-above-cap.pem hostile/key-scrypt-*.der       # the tests read the other form
}
# ---------------------------------------------------------------------------
# outcomes/: one input for each reader outcome and key type the checks tell
# apart. Self-contained (its CA is made here), so it can be rebuilt alone.
# ---------------------------------------------------------------------------
make_outcomes() {
    echo "outcomes/"
    rm -rf outcomes
    mkdir -p outcomes
    make_ca outcomes/ca "CCM Test Outcomes CA" self rsa:2048
    local ca_key_file
    ca_key_file=$(ca_key outcomes/ca)
    (
        cd outcomes
        # Not certificates or keys the import takes.
        new_key "$WORK/csr.key" rsa:2048
        quiet openssl req -new -key "$WORK/csr.key" -subj /CN=csr.example.test -sha256 -out request.csr
        quiet openssl req -in request.csr -outform DER -out request.csr.der
        quiet openssl pkey -in "$WORK/csr.key" -pubout -out public.pem
        quiet openssl rsa -in "$WORK/csr.key" -RSAPublicKey_out -out rsa-public.pem
        quiet openssl ca -gencrl -batch -crldays 30 -md sha256 -cert ca.pem -keyfile "$ca_key_file" -out crl.pem
        quiet openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$WORK/dsa-params.pem"
        cp "$WORK/dsa-params.pem" dsa-params.pem    # a "DSA PARAMETERS" block: neither certificate nor key
        # Empty containers.
        quiet openssl crl2pkcs7 -nocrl -out empty.p7b
        # A PFX whose authenticated safe is an empty sequence (openssl pkcs12 refuses to write one).
        lines "asn1 = SEQUENCE:pfx" "[pfx]" "version = INT:3" "authSafe = SEQUENCE:authsafe" \
            "[authsafe]" "type = OID:$OID_DATA" "content = EXPLICIT:0,FORMAT:HEX,OCT:3000" | genconf empty.p12
        # Damaged: well-formed PEM and Base64 whose DER is not a certificate / a key.
        { echo '-----BEGIN CERTIFICATE-----'; head -c 300 /dev/zero | tr '\0' 'A' | fold -w 64; echo; \
          echo '-----END CERTIFICATE-----'; } >corrupt.pem
        { echo '-----BEGIN PRIVATE KEY-----'; openssl x509 -in ca.pem -outform DER | openssl base64; \
          echo '-----END PRIVATE KEY-----'; } >corrupt-key.pem
    )
    # Leaves the service does not take (key types) or browsers do not trust (self-signed), each with its key.
    # A private PKI: root (not publicly trusted) -> inter -> leaf.
    make_ca outcomes/inter "CCM Test Outcomes Intermediate" outcomes/ca rsa:2048 0
    KEYSPEC=ed448 KU=digitalSignature ISSUER=outcomes/inter make_leaf outcomes/ed448 ed448.example.test
    KEYSPEC=dsa KU=digitalSignature ISSUER=outcomes/inter make_leaf outcomes/dsa dsa.example.test
    ISSUER=self make_leaf outcomes/self-signed self-signed.example.test
    ISSUER=outcomes/inter make_leaf outcomes/leaf private.example.test
    mv outcomes/ca.pem outcomes/root.pem
}

# ---------------------------------------------------------------------------
# renewal/: certificates for the same domains with different expiry dates (what a renewal replaces), one for a
# different set of domains, and their chain. Self-contained, so it can be rebuilt alone.
# ---------------------------------------------------------------------------
make_renewal() {
    echo "renewal/"
    rm -rf renewal
    mkdir -p renewal
    make_ca renewal/root "CCM Test Renewal Root" self rsa:2048
    make_ca renewal/inter "CCM Test Renewal Intermediate" renewal/root rsa:2048 0
    local san="DNS:www.renew.test, DNS:renew.test"
    ISSUER=renewal/inter TO=20350101000000Z make_leaf renewal/older www.renew.test "$san"
    ISSUER=renewal/inter TO=20400101000000Z make_leaf renewal/old www.renew.test "$san"
    ISSUER=renewal/inter TO=20440101000000Z make_leaf renewal/new www.renew.test "$san"
    ISSUER=renewal/inter TO=20441231000000Z make_leaf renewal/later www.renew.test "$san"
    ISSUER=renewal/inter TO=20400101000000Z make_leaf renewal/other-domains www.renew.test "DNS:www.renew.test"
    cp renewal/inter.pem renewal/chain.pem
}

case ${1-} in
    hostile) make_hostile; exit 0 ;;
    outcomes) make_outcomes; exit 0 ;;
    renewal) make_renewal; exit 0 ;;
esac

# ---------------------------------------------------------------------------
# Start from scratch
# ---------------------------------------------------------------------------
rm -rf "${OUT_DIRS[@]}"
mkdir -p "${OUT_DIRS[@]}" findings/long-chain findings/direct-root

# ---------------------------------------------------------------------------
# rsa/: root -> inter-a -> inter-b -> leaf
# ---------------------------------------------------------------------------
echo "rsa/"
make_ca rsa/root    "CCM Test Root R1"         self        rsa:3072
make_ca rsa/inter-a "CCM Test Intermediate A"  rsa/root    rsa:2048 1
make_ca rsa/inter-b "CCM Test Intermediate B"  rsa/inter-a rsa:2048 0
make_leaf rsa/leaf www.example.test "DNS:www.example.test, DNS:example.test"

(
    cd rsa
    quiet openssl x509 -in leaf.pem -outform DER -out leaf.der
    rsa_trad leaf.key leaf.rsa.key
    pkcs8_der leaf.key leaf.key.der
    rsa_trad_der leaf.key leaf.rsa.key.der
    pkcs8_enc leaf.key leaf.enc.key
    rsa_trad_enc leaf.key leaf.enc.rsa.key
    pkcs8_enc_der leaf.key leaf.enc.key.der

    # Chains in various orders.
    cat leaf.pem inter-b.pem inter-a.pem          >fullchain.pem
    cat leaf.pem inter-b.pem inter-a.pem root.pem >fullchain-root.pem
    cat inter-b.pem inter-a.pem                   >chain.pem
    cat inter-b.pem inter-a.pem root.pem          >chain-root.pem
    cat root.pem inter-a.pem inter-b.pem leaf.pem >order-reversed.pem
    cat inter-a.pem leaf.pem root.pem inter-b.pem >order-shuffled.pem
    cat leaf.pem inter-a.pem inter-b.pem          >order-chain-reversed.pem
    cat leaf.pem                                  >leaf-no-chain.pem
    cat leaf.key fullchain.pem                    >bundle-key-first.pem
    cat inter-a.pem leaf.rsa.key root.pem leaf.pem inter-b.pem >bundle-all-shuffled.pem
    cat leaf.pem inter-b.pem inter-b.pem inter-a.pem leaf.pem  >duplicates.pem

    # Human-readable dump with free text around each PEM block.
    {
        echo "Certificate bundle for www.example.test, exported with text dumps."
        echo "Each dump below is followed by the certificate in PEM form."
        echo
        for cert in leaf inter-b inter-a; do
            echo "=== $cert ==="
            openssl x509 -in "$cert.pem" -text
            echo
        done
        echo "End of bundle. Nothing else follows."
    } >bundle-text.pem

    awk '{ printf "%s\r\n", $0 }' fullchain.pem >bundle-crlf.pem
    printf '%s' "$(cat fullchain.pem)" >bundle-no-final-newline.pem

    # PKCS#7 certificate bundles (SignedData without signers).
    quiet openssl crl2pkcs7 -nocrl -certfile fullchain.pem -out chain.p7b
    quiet openssl crl2pkcs7 -nocrl -certfile fullchain.pem -outform DER -out chain.p7b.der
    cp chain.p7b.der chain.p7c

    # PKCS#12.
    quiet openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile chain.pem \
        -name www.example.test -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
        -passout "pass:$PFX_PASS" -out leaf.pfx
    quiet openssl pkcs12 -export -in leaf.pem -inkey leaf.key -certfile chain.pem \
        -name www.example.test -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
        -passout pass: -out leaf-nopass.pfx
    # -legacy: RC2-40 (certificates), 3DES (key), SHA-1 MAC; loads the legacy provider.
    quiet openssl pkcs12 -export -legacy -in leaf.pem -inkey leaf.key -certfile chain.pem \
        -name www.example.test -passout "pass:$PFX_PASS" -out leaf-legacy.pfx
    quiet openssl pkcs12 -export -in leaf.pem -inkey leaf.key \
        -name www.example.test -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
        -passout "pass:$PFX_PASS" -out leaf-only.pfx

    # Damaged and non-certificate inputs.
    # truncated.pem: cut halfway through the second certificate's base64.
    mapfile -t begins < <(grep -b -- '-----BEGIN CERTIFICATE-----' fullchain.pem | cut -d: -f1)
    mapfile -t ends < <(grep -b -- '-----END CERTIFICATE-----' fullchain.pem | cut -d: -f1)
    head -c $(( (begins[1] + ends[1]) / 2 )) fullchain.pem >truncated.pem
    echo >>truncated.pem
    head -c $(( $(wc -c <leaf.key) / 2 )) leaf.key >truncated-key.pem
    head -c 4096 /dev/zero | openssl enc -aes-128-ctr -nosalt \
        -K 000102030405060708090a0b0c0d0e0f -iv f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff >junk.bin
    : >empty.pem
    printf '\n\n   \n\t\n\n' >whitespace.pem
    cat >not-a-cert.txt <<'TEXT'
This file is ordinary English text. It mentions certificates and private keys
but contains no PEM block at all, so a certificate importer must reject it
with a clear "no certificate found" style message instead of crashing.
TEXT
    cat >bad-base64.pem <<'TEXT'
-----BEGIN CERTIFICATE-----
MIIB!!!!this is not base64 at all ###$$$%%%^^^&&&***((()))
@@@@####$$$$%%%%^^^^&&&&****~~~~````||||\\\\<<<<>>>>????
-----END CERTIFICATE-----
TEXT
)

# A CA with exactly inter-b's subject and key identifier but its own key,
# issued by a throwaway self-signed CA with inter-a's subject and key id.
# Name and key-id linkage match; signatures do not.
SKID=$(skid_of rsa/inter-a.pem) make_ca "$WORK/fake-inter-a" "CCM Test Intermediate A" self rsa:2048
SKID=$(skid_of rsa/inter-b.pem) AIA_NAME=inter-a \
    make_ca rsa/forged-inter-b "CCM Test Intermediate B" "$WORK/fake-inter-a" rsa:2048 0
cat rsa/leaf.pem rsa/forged-inter-b.pem rsa/inter-a.pem >rsa/bundle-forged.pem

# ---------------------------------------------------------------------------
# other/: an unrelated hierarchy
# ---------------------------------------------------------------------------
echo "other/"
SUBJ="/O=Unrelated Test/CN=Unrelated Test CA" make_ca other/other-ca "" self rsa:2048
ISSUER=other/other-ca make_leaf other/other-leaf other.example.test
cat rsa/fullchain.pem other/other-ca.pem >rsa/unrelated.pem

# ---------------------------------------------------------------------------
# ec/ and ed25519/: non-RSA leaves under rsa/inter-b
# ---------------------------------------------------------------------------
echo "ec/ ed25519/"
for pair in p256:P-256 p384:P-384 p521:P-521; do
    name=${pair%%:*}
    KEYSPEC=ec:${pair#*:} KU=digitalSignature make_leaf "ec/$name" "$name.example.test"
done
ec_trad ec/p256.key ec/p256.ec.key
{ openssl ecparam -name prime256v1; cat ec/p256.ec.key; } >ec/p256-params.ec.key
pkcs8_enc ec/p256.key ec/p256.enc.key
ec_trad_enc ec/p256.key ec/p256.enc.ec.key

KEYSPEC=ed25519 KU=digitalSignature make_leaf ed25519/leaf ed25519.example.test

# ---------------------------------------------------------------------------
# sm2/: SM2 keys, SM3-with-SM2 signatures, dual (sign + enc) certificates
# ---------------------------------------------------------------------------
# OpenSSL 3.0 hashes an *empty* SM2 distinguishing ID into SM2 signatures
# unless one is given, whereas GM/T 0009 and real SM2 certificates use
# 1234567812345678. issue() therefore passes -sigopt distid:$SM2_ID when an SM2
# key signs and -vfyopt distid:$SM2_ID when `openssl ca` checks an SM2 CSR.
# Verifiers must use the same ID: `openssl verify -vfyopt distid:...` (which
# OpenSSL 3.0 applies only to the target certificate, so check one link at a
# time), or X509_set0_distinguishing_id() on every SM2 certificate in C.
echo "sm2/"
readonly SM2_SIGN_KU="digitalSignature"
readonly SM2_ENC_KU="keyEncipherment, dataEncipherment, keyAgreement"
make_ca sm2/root  "CCM Test SM2 Root"         self     sm2
make_ca sm2/inter "CCM Test SM2 Intermediate" sm2/root sm2 0
make_ca sm2/other-ca "CCM Test SM2 Other CA"  self     sm2
cp sm2/inter.pem sm2/chain.pem
# sm2_leaf BASE ISSUER KEY_USAGE — SM2 leaf for sm2.example.test.
sm2_leaf() {
    ISSUER=$2 KU=$3 KEYSPEC=sm2 EKU="serverAuth, clientAuth" make_leaf "$1" sm2.example.test
}
sm2_leaf sm2/sign             sm2/inter    "$SM2_SIGN_KU"
sm2_leaf sm2/enc              sm2/inter    "$SM2_ENC_KU"
sm2_leaf sm2/enc-bad-usage    sm2/inter    "$SM2_SIGN_KU"   # enc cert, signing-only usage
sm2_leaf sm2/sign-bad-usage   sm2/inter    "$SM2_ENC_KU"    # sign cert, encryption-only usage
sm2_leaf sm2/enc-other-issuer sm2/other-ca "$SM2_ENC_KU"
pkcs8_enc sm2/sign.key sm2/sign.enc.key

# ---------------------------------------------------------------------------
# findings/: leaves that should trigger importer warnings or errors
# ---------------------------------------------------------------------------
echo "findings/"
FROM=20200101000000Z TO=20210101000000Z make_leaf findings/expired expired.example.test
FROM=20400101000000Z TO=20410101000000Z make_leaf findings/not-yet-valid not-yet-valid.example.test
KEYSPEC=rsa:1024 make_leaf findings/rsa1024 rsa1024.example.test
MD=sha1 make_leaf findings/sha1 sha1.example.test
SUBJ="/O=CCM Test" make_leaf findings/no-domain "" ""
BC="CA:TRUE" KU="digitalSignature, keyEncipherment, keyCertSign, cRLSign" \
    make_leaf findings/leaf-ca ca-leaf.example.test
new_key findings/mismatch.key rsa:2048
make_leaf findings/cn-only cnonly.example.test ""
make_leaf findings/rich-san rich.example.test "DNS:rich.example.test, DNS:*.example.test, \
DNS:xn--fsqu00a.xn--0zwm56d, IP:127.0.0.1, IP:2001:db8::1, email:admin@example.test, \
URI:https://rich.example.test/path"

big_san="DNS:big.example.test"
for i in $(seq -w 1 199); do big_san+=", DNS:host-$i.big.example.test"; done
make_leaf findings/big-cert big.example.test "$big_san"

# root -> i1 -> ... -> i5 -> leaf, RSA 4096 so the intermediates exceed 8 KiB of PEM.
echo "findings/long-chain/"
make_ca findings/long-chain/root "CCM Test Long Chain Root" self rsa:4096
parent=findings/long-chain/root
for i in 1 2 3 4 5; do
    make_ca "findings/long-chain/i$i" "CCM Test Long Chain Intermediate $i" "$parent" rsa:4096
    parent=findings/long-chain/i$i
done
ISSUER=$parent make_leaf findings/long-chain/leaf long.example.test
(
    cd findings/long-chain
    cat i5.pem i4.pem i3.pem i2.pem i1.pem >chain.pem
    cat leaf.pem chain.pem >fullchain.pem
)

# A root that issues the leaf directly.
echo "findings/direct-root/"
make_ca findings/direct-root/root "CCM Test Direct Root" self rsa:2048
ISSUER=findings/direct-root/root make_leaf findings/direct-root/leaf direct.example.test
cat findings/direct-root/leaf.pem findings/direct-root/root.pem >findings/direct-root/bundle.pem

make_hostile
make_outcomes
make_renewal

echo "done: $(find "${OUT_DIRS[@]}" -type f | wc -l) files"
