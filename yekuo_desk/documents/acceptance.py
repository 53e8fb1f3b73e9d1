"""The papers given at acceptance (seed 000 art. 8; seed 003 art. 18): the contact card (业务联系卡), the notice
(办理告知书) with the documents to bring, the process and each stage's limit, the fee items and standards and
the no-designation rule; the written list of missing documents (缺件告知书) and, for a customer with
non-linear loads, the power-quality notice (电能质量评估告知书)."""
from __future__ import annotations

import re

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..services.papers import COMPLAINT_LINES, AcceptanceData, PaperError
from ..services.stages import CATEGORIES
from .layout import WIDE, build, data_table, field_grid, frame_width, header, page_size, signature_lines, styles

# The wording, kept together so a bureau can change a clause in one place.
CARD_TITLE = "业务联系卡"
NOTICE_TITLE = "客户业扩报装办理告知书"  # seed 003
DOCUMENTS = {
    "resident": ["用电人有效身份证明（居民身份证等）", "房屋产权证明或其他证明文书", "委托办理的，还需授权委托书及经办人身份证明"],
    "lv_nonresident": ["营业执照或组织机构代码证（统一社会信用代码）", "法定代表人身份证明", "房屋产权证明或租赁协议",
                       "委托办理的，还需授权委托书及经办人身份证明"],
    "hv_single": ["营业执照（统一社会信用代码）", "法定代表人身份证明及授权委托书", "用电地址物业权属证明",
                  "项目批复（核准、备案）文件", "用电设备清单及负荷情况"],
}
DOCUMENTS["hv_dual"] = DOCUMENTS["hv_single"] + ["重要负荷说明及保安负荷容量"]
ONE_CERTIFICATE = ("实行“一证受理”：资料暂不齐全的，凭有效身份证明（或营业执照）并签署承诺书即可受理，其余资料在后续环节补齐。")
FEES = "收费时出具正式发票；未列入价格主管部门收费目录的项目一律不收费。收费项目和标准如下："
NO_DESIGNATION = ("“三不指定”：供电企业不为客户指定设计单位、施工单位和设备材料供应单位。您可自主选择具备相应资质的设计、"
                  "施工单位和符合国家标准的设备材料。如遇工作人员指定，请拨打 {lines} 举报。")
CARD_STEPS = "接下来的办理环节（时限按工作日计算）："
CARD_KEEP = "请保管好本卡，办理进度可随时询问客户经理或供电所；全部环节及时限见《客户业扩报装办理告知书》。"
CARD_STEP_COUNT = 3


def card_steps(data: AcceptanceData) -> list[str]:
    """The next few stages after acceptance, each with its limit and when its clock starts."""
    steps = []
    for name, limit, start in data.stages[1:1 + CARD_STEP_COUNT]:
        when = f"{limit} 个工作日内办结（自{start}起）" if limit is not None else "无规定时限，尽快办理"
        steps.append(f"{len(steps) + 1}. {name}：{when}")
    return steps


def phone_label(number: str) -> str:
    """手机 for a mobile number (11 digits from 1), 电话 for a landline (0877-6012345)."""
    return "手机" if re.fullmatch(r"1\d{10}", number.replace(" ", "")) else "电话"


def _date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def write_card(path: str | Path, data: AcceptanceData, paper: str = "A4") -> Path:
    size = page_size(paper)
    width = frame_width(size)
    s = styles()
    story = [*header(s, f"{data.bureau}{CARD_TITLE}"), field_grid(s, [
        ("申请编号", data.case_number), ("受理日期", _date(data.accepted_on)), ("客户名称", data.customer_name, WIDE),
        ("受理单位", data.station), ("联系电话", data.station_phone), ("客户经理", data.manager), (phone_label(data.manager_phone), data.manager_phone),
        ("地址", data.station_address, WIDE),
    ], width), Spacer(1, 4 * mm), Paragraph(CARD_STEPS, s.body),
        *[Paragraph(step, s.body) for step in card_steps(data)], Spacer(1, 2 * mm), Paragraph(CARD_KEEP, s.small),
        Paragraph(f"服务监督电话：{COMPLAINT_LINES}", s.small)]
    return build(path, story, size=size, title=f"{CARD_TITLE} {data.case_number}")


def write_notice(path: str | Path, data: AcceptanceData, paper: str = "A4") -> Path:
    size = page_size(paper)
    width = frame_width(size)
    s = styles()
    docs = "".join(f"{i}. {d}<br/>" for i, d in enumerate(DOCUMENTS[data.category], start=1))
    rows = [[name, "—" if limit is None else f"{limit} 个工作日", start] for name, limit, start in data.stages]
    story = [
        *header(s, f"{data.bureau}{NOTICE_TITLE}",
                f"申请编号 {data.case_number}　　客户 {data.customer_name}（{CATEGORIES[data.category]}）"),
        Paragraph("<b>一、需提交的资料</b>", s.body), Paragraph(docs, s.body), Paragraph(ONE_CERTIFICATE, s.small),
        Spacer(1, 3 * mm), Paragraph("<b>二、办理流程与时限</b>（时限按工作日计算，不含客户原因暂停的时间）", s.body),
        data_table(s, ["环节", "办理时限", "计时起点"], rows, [width * 0.35, width * 0.25, width * 0.40]),
        Paragraph(f"时限依据：{data.rule_set}", s.small), Spacer(1, 3 * mm),
        Paragraph("<b>三、收费项目和标准</b>", s.body), Paragraph(FEES, s.body),
        data_table(s, ["收费项目", "收费标准"], [list(item) for item in data.fee_items], [width * 0.3, width * 0.7]),
        Spacer(1, 3 * mm),
        Paragraph("<b>四、客户自主选择</b>", s.body), Paragraph(NO_DESIGNATION.format(lines=COMPLAINT_LINES), s.body),
        Spacer(1, 6 * mm), signature_lines(s, ["客户（已知悉上述内容）", "受理人"], width),
    ]
    return build(path, story, size=size, title=f"{NOTICE_TITLE} {data.case_number}")


MISSING_TITLE = "用电申请缺件告知书"
MISSING_TEXT = ("您于 {accepted} 提出的用电申请（申请编号 {number}），经审核尚缺以下资料。根据《国家电网公司业扩报装工作规范"
                "（试行）》第十八条，请补充完善后交至{station}（电话：{phone}）。已实行“一证受理”的，补齐资料不影响已受理的申请。")
QUALITY_TITLE = "电能质量评估告知书"
QUALITY_TEXT = [
    "您申请的用电设备中含有非线性负荷（如整流、变频、电弧炉、电焊机、充电设施等谐波源，或冲击性、波动性、不对称负荷），"
    "可能对公共电网的电能质量造成影响。",
    "根据《国家电网公司业扩报装工作规范（试行）》第十八条，请您委托具备相应能力的单位进行电能质量评估，"
    "并在设计中落实治理措施，使公共连接点的谐波、电压波动和闪变、三相电压不平衡等指标符合国家标准"
    "（GB/T 14549、GB/T 12326、GB/T 15543）。",
    "评估报告请随设计资料一并提交；竣工检验时将核查治理措施的落实情况。未落实的，不具备接电条件。",
]


def _one_page(path: str | Path, data: AcceptanceData, paper: str, title: str, body) -> Path:
    """A one-page acceptance paper: its title and case, `body(styles, width)`, and the signature lines."""
    size = page_size(paper)
    width = frame_width(size)
    s = styles()
    story = [*header(s, f"{data.bureau}{title}", f"申请编号 {data.case_number}　　客户 {data.customer_name}"),
             *body(s, width), Spacer(1, 6 * mm),
             signature_lines(s, ["客户签收" if title == MISSING_TITLE else "客户（已知悉上述内容）", "受理人"], width)]
    return build(path, story, size=size, title=f"{title} {data.case_number}")


def write_missing_notice(path: str | Path, data: AcceptanceData, paper: str = "A4") -> Path:
    """The written list of what the customer still has to bring (seed 003 art. 18)."""
    if not data.missing_documents:
        raise PaperError("本工单未登记缺件清单：请在工单的“缺件清单”中填写客户尚缺的资料")
    docs = "".join(f"{i}. {d}<br/>" for i, d in enumerate(data.missing_documents, start=1))
    return _one_page(path, data, paper, MISSING_TITLE, lambda s, width: [
        Paragraph(MISSING_TEXT.format(accepted=_date(data.accepted_on), number=data.case_number,
                                      station=data.station, phone=data.station_phone or "—"), s.body),
        Spacer(1, 3 * mm), Paragraph(docs, s.body), Spacer(1, 3 * mm),
        Paragraph(f"服务监督电话：{COMPLAINT_LINES}", s.small)])


def write_power_quality_notice(path: str | Path, data: AcceptanceData, paper: str = "A4") -> Path:
    """The written power-quality notice for a customer with non-linear loads (seed 003 art. 18)."""
    if not data.nonlinear_load:
        raise PaperError("本工单未标为非线性负荷：无需电能质量评估告知")
    return _one_page(path, data, paper, QUALITY_TITLE, lambda s, width: [
        field_grid(s, [("用电地址", data.address, WIDE), ("受理日期", _date(data.accepted_on)),
                       ("受理单位", data.station)], width), Spacer(1, 3 * mm),
        *[Paragraph(f"{i}. {t}", s.body) for i, t in enumerate(QUALITY_TEXT, start=1)]])


# Every acceptance paper by the name the command line and the case form use: (Chinese title, writer).
ACCEPTANCE_PAPERS = {
    "card": (CARD_TITLE, write_card),
    "notice": (NOTICE_TITLE, write_notice),
    "missing": (MISSING_TITLE, write_missing_notice),
    "power-quality": (QUALITY_TITLE, write_power_quality_notice),
}
