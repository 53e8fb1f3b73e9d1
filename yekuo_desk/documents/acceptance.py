"""The papers given at acceptance (seed 000 art. 8; seed 003): the contact card (业务联系卡) and the notice
(办理告知书) with the documents to bring, the process and each stage's limit, the fee basis and the
no-designation rule."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ..services.papers import COMPLAINT_LINES, AcceptanceData
from ..services.stages import CATEGORIES
from .layout import WIDE, build, data_table, field_grid, frame_width, header, page_size, signature_lines, styles

# The wording, kept together so a bureau can change a clause in one place.
CARD_TITLE = "业务联系卡"
NOTICE_TITLE = "用电业务办理告知书"
DOCUMENTS = {
    "resident": ["用电人有效身份证明（居民身份证等）", "房屋产权证明或其他证明文书", "委托办理的，还需授权委托书及经办人身份证明"],
    "lv_nonresident": ["营业执照或组织机构代码证（统一社会信用代码）", "法定代表人身份证明", "房屋产权证明或租赁协议",
                       "委托办理的，还需授权委托书及经办人身份证明"],
    "hv_single": ["营业执照（统一社会信用代码）", "法定代表人身份证明及授权委托书", "用电地址物业权属证明",
                  "项目批复（核准、备案）文件", "用电设备清单及负荷情况"],
}
DOCUMENTS["hv_dual"] = DOCUMENTS["hv_single"] + ["重要负荷说明及保安负荷容量"]
ONE_CERTIFICATE = ("实行“一证受理”：资料暂不齐全的，凭有效身份证明（或营业执照）并签署承诺书即可受理，其余资料在后续环节补齐。")
FEES = "业务收费严格按照物价主管部门批准的收费项目和标准执行，收费时出具正式发票；未列入收费目录的项目一律不收费。"
NO_DESIGNATION = ("“三不指定”：供电企业不为客户指定设计单位、施工单位和设备材料供应单位。您可自主选择具备相应资质的设计、"
                  "施工单位和符合国家标准的设备材料。如遇工作人员指定，请拨打 {lines} 举报。")
CARD_STEPS = "接下来的办理环节（时限按工作日计算）："
CARD_KEEP = "请保管好本卡，办理进度可随时询问客户经理或供电所；全部环节及时限见《用电业务办理告知书》。"
CARD_STEP_COUNT = 3


def card_steps(data: AcceptanceData) -> list[str]:
    """The next few stages after acceptance, each with its limit and when its clock starts."""
    steps = []
    for name, limit, start in data.stages[1:1 + CARD_STEP_COUNT]:
        when = f"{limit} 个工作日内办结（自{start}起）" if limit is not None else "无规定时限，尽快办理"
        steps.append(f"{len(steps) + 1}. {name}：{when}")
    return steps


def _date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def write_card(path: str | Path, data: AcceptanceData, paper: str = "A4") -> Path:
    size = page_size(paper)
    width = frame_width(size)
    s = styles()
    story = [*header(s, f"{data.bureau}{CARD_TITLE}"), field_grid(s, [
        ("申请编号", data.case_number), ("受理日期", _date(data.accepted_on)), ("客户名称", data.customer_name, WIDE),
        ("受理单位", data.station), ("联系电话", data.station_phone), ("客户经理", data.manager), ("手机", data.manager_phone),
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
        Paragraph("<b>三、收费依据</b>", s.body), Paragraph(FEES, s.body), Spacer(1, 3 * mm),
        Paragraph("<b>四、客户自主选择</b>", s.body), Paragraph(NO_DESIGNATION.format(lines=COMPLAINT_LINES), s.body),
        Spacer(1, 6 * mm), signature_lines(s, ["客户（已知悉上述内容）", "受理人"], width),
    ]
    return build(path, story, size=size, title=f"{NOTICE_TITLE} {data.case_number}")
