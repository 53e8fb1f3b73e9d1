from datetime import date
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


# ---------------------------------------------------------------- normalising (issue 14)

def test_text_is_normalised_the_same_way_everywhere():
    from yekuo_desk.services.validation import clean_lines, clean_number, clean_phone, clean_text

    assert clean_text("城关\u200b供电所\u00a0") == "城关供电所"
    assert clean_text("\ufeff\u200b ") == ""
    assert clean_text("ＡＢＣ　１２３（株）") == "ABC 123(株)"
    assert clean_text("王\t\n五") == "王 五"
    assert clean_number(" cg-2025-g0003 ") == "CG-2025-G0003" and clean_number("ＣＧ－２０２５") == "CG-2025"
    assert clean_phone("138 1234 5678") == "13812345678" and clean_phone("(0871) 6012345") == "08716012345"
    assert clean_lines("装表后\u200b三天\r\n  未通电 ") == "装表后三天\n未通电"


def test_services_refuse_over_long_text_and_an_invisible_second_station(db, station):
    from yekuo_desk.services import feedback
    from yekuo_desk.services.feedback import FeedbackError, FeedbackInput
    from yekuo_desk.services.stations import StationError, add_station

    with pytest.raises(StationError, match="已存在"):
        add_station(db, "城关\u200b供电所", "ZZ")
    with pytest.raises(StationError, match="名称：最长40字"):
        add_station(db, "所" * 41, "QQ")
    form = FeedbackInput(kind="complaint", source="95598", received_on=date(2026, 11, 16), content="未通电",
                         station_id=station.id, customer_name="张" * 101)
    with pytest.raises(FeedbackError, match="客户：最长100字"):
        feedback.add_form(db, form, today=date(2026, 11, 20))
    row = feedback.add_form(db, FeedbackInput(kind="complaint", source="95598", received_on=date(2026, 11, 16),
                                              content="未通电", station_id=station.id, customer_name=" 张三\u200b",
                                              reporter_phone="138 1234 5678"), today=date(2026, 11, 20))
    assert row.customer_name == "张三"
