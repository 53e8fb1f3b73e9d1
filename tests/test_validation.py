import pytest

from yekuo_desk.services.validation import (
    check_certificate, check_credit_code, check_id_card, check_phone, id_check_char, uscc_check_char,
)

VALID_ID = "11010519491231002X"   # the GB 11643 example
VALID_USCC = "91350100M000100Y43"  # a published example code


def test_valid_id_and_credit_code():
    assert check_id_card(VALID_ID) is None
    assert check_credit_code(VALID_USCC) is None
    assert check_certificate(VALID_ID.lower()) is None
    assert check_certificate(VALID_USCC) is None
    assert check_certificate("") is None  # one-certificate acceptance: may come later


def test_check_characters():
    assert id_check_char(VALID_ID[:17]) == "X"
    assert uscc_check_char(VALID_USCC[:17]) == "3"


@pytest.mark.parametrize("value, message", [
    ("110105194912310021", "校验位"),
    ("110105194913310021", "出生日期"),
    ("11010519491231002", "18位"),
])
def test_bad_id_numbers(value, message):
    assert message in check_id_card(value)


@pytest.mark.parametrize("value, message", [
    ("91350100M000100Y44", "校验位"),
    ("91350100M000100YI3", "18位"),
])
def test_bad_credit_codes(value, message):
    assert message in check_credit_code(value)


def test_certificate_of_wrong_length():
    assert "18位" in check_certificate("12345")


@pytest.mark.parametrize("phone", ["13812345678", "0871-12345678", "087112345678", "010-1234567-123", ""])
def test_good_phones(phone):
    assert check_phone(phone) is None


@pytest.mark.parametrize("phone", ["1381234567", "23812345678", "12345", "abc"])
def test_bad_phones(phone):
    assert check_phone(phone).startswith("应为11位手机号")
