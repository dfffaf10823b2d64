#!/usr/bin/env python3
"""Build ``blind55.jsonl``: the fifty-fifth batch of blind test articles (session 17).

10 invented investigative stories built on documents and unnamed sources, with named officials
responding, each with 17-21 attributions, written and annotated by a helper session that never
read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind55/build_blind55.py [--check]`` (``--check``: exit 1 if
blind55.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind55: 10 invented 2016-style investigative articles with hand attributions. Stdlib only.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

# Articles w201-w205 (straight quotes).
ARTS_A = []

ARTS_A.append(("w201", """Super PAC Backing Trump Paid Adviser's Firm for Polls Never Conducted

WASHINGTON - A super PAC that spent heavily to support Donald J. Trump last summer paid nearly $400,000 to a firm owned by one of its own advisers for polling that was never carried out, according to internal records reviewed by The Associated Press.

The invoices show that the American Renewal Fund sent seven payments between June and September to Halvorsen Research, a Virginia company registered to the fund's senior strategist, Dale Halvorsen. They were provided by a former employee of the group, who asked not to be named because she signed a nondisclosure agreement when she left.

"We paid for polls in six states and I never saw a single crosstab," the former employee said. "Nobody did, because there was nothing to see."

Halvorsen, reached by phone on Tuesday, said the work had been done and that the fund's board had approved every payment. He said he had delivered the results orally to the group's treasurer because "nothing in writing ever stays private in this town."

"I did what I was hired to do," he said. "If someone wants to go through my files, they are welcome to."

The fund's treasurer, Marcia Bellweather, said in an email that she did not recall receiving any briefing from Halvorsen. She referred further questions to the group's lawyer, Thomas Greer.

Greer said the fund was conducting its own review. "We take these questions seriously, and if money was misspent, we will recover it," he said.

The Trump campaign has no legal connection to the fund, which under federal law may not coordinate its spending with candidates. Hope Hicks, a spokeswoman for the campaign, said Trump had never met Halvorsen and "has nothing to do with this outside group."

Federal Election Commission filings show the fund raised $2.1 million in 2016, most of it from fewer than a dozen donors. Two of those donors said they had been told their money would pay for television advertising in Ohio and Pennsylvania.

"Nobody said anything about polling," said one of them, a retired manufacturer in Cincinnati. "I would have asked to see it." He spoke on the condition that his name not be used because he still does business with other members of the group.

Campaign finance experts said the arrangement, if the records are accurate, could violate the fund's obligations to its donors. Lena Obradovic, a lawyer at the Campaign Legal Center, said payments to insiders were "a red flag in any organization, and a siren in a super PAC."

An internal memo dated Aug. 30, also provided by the former employee, warns that "the polling line is going to draw questions" and recommends folding it into a broader "research" category in future reports. The memo is unsigned. Halvorsen said he had never seen it.

The fund's largest donor, a Houston real estate developer, did not respond to messages left at his office. The Federal Election Commission declined to comment on whether it was reviewing the fund, and the fund's board has not met since October, when its chairman resigned.

Halvorsen Research has no website, and its mailing address is a post office box in Arlington. According to state business filings, Halvorsen is its only officer. The firm was registered in May, three weeks before the first payment from the fund.
""", r"""
according to || internal records reviewed by The Associated Press || A super PAC that spent heavily to support Donald J. Trump last summer paid nearly $400,000 to a firm owned by one of its own advisers for polling that was never carried out || document
show || The invoices || the American Renewal Fund sent seven payments between June and September to Halvorsen Research, a Virginia company registered to the fund's senior strategist, Dale Halvorsen || document
said || the former employee || "We paid for polls in six states and I never saw a single crosstab," ## "Nobody did, because there was nothing to see." || anonymous
said || Halvorsen, reached by phone on Tuesday || the work had been done and that the fund's board had approved every payment || named_person
said || He || he had delivered the results orally to the group's treasurer because "nothing in writing ever stays private in this town." || named_person
said || he || "I did what I was hired to do," ## "If someone wants to go through my files, they are welcome to." || named_person
said || The fund's treasurer, Marcia Bellweather || she did not recall receiving any briefing from Halvorsen || named_person
said || Greer || the fund was conducting its own review || named_person
said || he || "We take these questions seriously, and if money was misspent, we will recover it," || named_person
said || Hope Hicks, a spokeswoman for the campaign || Trump had never met Halvorsen and "has nothing to do with this outside group." || named_person
show || Federal Election Commission filings || the fund raised $2.1 million in 2016, most of it from fewer than a dozen donors || document
said || Two of those donors || they had been told their money would pay for television advertising in Ohio and Pennsylvania || anonymous
said || one of them, a retired manufacturer in Cincinnati || "Nobody said anything about polling," ## "I would have asked to see it." || anonymous
said || Campaign finance experts || the arrangement, if the records are accurate, could violate the fund's obligations to its donors || anonymous
said || Lena Obradovic, a lawyer at the Campaign Legal Center || payments to insiders were "a red flag in any organization, and a siren in a super PAC." || named_person
warns || An internal memo dated Aug. 30, also provided by the former employee || "the polling line is going to draw questions" || document
recommends || An internal memo dated Aug. 30, also provided by the former employee || folding it into a broader "research" category in future reports || document
said || Halvorsen || he had never seen it || named_person
According to || state business filings || Halvorsen is its only officer || document
""" ))

ARTS_A.append(("w202", """Phoenix VA Kept Second Waiting List After Scandal, Inspector General Finds

PHOENIX - Schedulers at the Phoenix veterans hospital kept an unofficial list of patients waiting for appointments for more than a year after officials promised to abolish the practice, the Department of Veterans Affairs inspector general said in a report released Wednesday.

The report found that at least 1,100 veterans were placed on the list, which was kept in a shared spreadsheet rather than the department's electronic scheduling system, and that 37 of them waited more than 90 days for care. It does not say whether any of those patients died while waiting.

Investigators wrote that they could not determine who had ordered the list to be kept. Two former schedulers told investigators that a supervisor instructed them to use it "so the numbers look right at the end of the month," according to the report.

One of those schedulers said the list was an open secret. She spoke on the condition that she not be named because managers who could retaliate against her still work at the hospital.

"Everybody from the front desk to the fourth floor knew about it," she said. "We called it 'the real list.'"

The hospital's current director, Dr. Raymond Okafor, said in a statement that the spreadsheet was discontinued in March and that every veteran on it had since been contacted. He said the hospital had added 40 schedulers and extended clinic hours.

"We are not the same hospital we were two years ago, and the report acknowledges that," Okafor said.

But Sen. John McCain, the Arizona Republican who has pressed the department since the scandal first broke in 2014, said the agency "still has not learned to tell the truth to the veterans it serves."

The senator said he would ask the Senate Veterans' Affairs Committee to hold a hearing on the report before the end of the year. A McCain aide said the hearing could come as early as next month.

At the White House, press secretary Josh Earnest told reporters that President Obama had been briefed on the findings and "expects the secretary to hold people accountable." Earnest said he did not know whether anyone would be fired.

Veterans groups were less patient. Joe Chenoweth, the Arizona commander of the Veterans of Foreign Wars, said members of his post had complained for months about delays at the hospital and had been assured each time that the problem was fixed.

"They believe the VA is lying to them, and after today, who could blame them?" he said.

The inspector general's office recommended that the department review the hospital's scheduling practices every quarter for two years. The department agreed to the recommendation, according to a response attached to the report. A spokesman for the department, Paul Draskovic, said disciplinary action against the unnamed supervisor was "under review."

The Phoenix hospital became the center of a national scandal two years ago, when whistleblowers disclosed that dozens of veterans had died while waiting for care. The department's secretary at the time resigned, and Congress approved billions of dollars to hire doctors and let veterans seek care from private providers.

Since then, the department has spent more than $60 million on a new scheduling system that is still being tested in a handful of clinics. The inspector general's report does not address when it will reach Phoenix.

Wednesday's report is the fourth the inspector general has issued on the Phoenix hospital since 2014, and the second this year.
""", r"""
said || the Department of Veterans Affairs inspector general || Schedulers at the Phoenix veterans hospital kept an unofficial list of patients waiting for appointments for more than a year after officials promised to abolish the practice || named_org
found || The report || at least 1,100 veterans were placed on the list, which was kept in a shared spreadsheet rather than the department's electronic scheduling system, and that 37 of them waited more than 90 days for care || document
wrote || Investigators || they could not determine who had ordered the list to be kept || anonymous
according to || the report || Two former schedulers told investigators that a supervisor instructed them to use it "so the numbers look right at the end of the month," || document
said || One of those schedulers || the list was an open secret || anonymous
said || she || "Everybody from the front desk to the fourth floor knew about it," ## "We called it 'the real list.'" || anonymous
Okafor, <<said>> in a statement || The hospital's current director, Dr. Raymond Okafor || the spreadsheet was discontinued in March and that every veteran on it had since been contacted || named_person
said || He || the hospital had added 40 schedulers and extended clinic hours || named_person
said || Okafor || "We are not the same hospital we were two years ago, and the report acknowledges that," || named_person
said || Sen. John McCain, the Arizona Republican who has pressed the department since the scandal first broke in 2014 || the agency "still has not learned to tell the truth to the veterans it serves." || named_person
said || The senator || he would ask the Senate Veterans' Affairs Committee to hold a hearing on the report before the end of the year || named_person
said || A McCain aide || the hearing could come as early as next month || anonymous
told || press secretary Josh Earnest || President Obama had been briefed on the findings and "expects the secretary to hold people accountable." || named_person
said || Earnest || he did not know whether anyone would be fired || named_person
said || Joe Chenoweth, the Arizona commander of the Veterans of Foreign Wars || members of his post had complained for months about delays at the hospital and had been assured each time that the problem was fixed || named_person
said || he || "They believe the VA is lying to them, and after today, who could blame them?" || named_person
recommended || The inspector general's office || the department review the hospital's scheduling practices every quarter for two years || named_org
according to || a response attached to the report || The department agreed to the recommendation || document
said || A spokesman for the department, Paul Draskovic || disciplinary action against the unnamed supervisor was "under review." || named_person
disclosed || whistleblowers || dozens of veterans had died while waiting for care || anonymous
""" ))

ARTS_A.append(("w203", """Unsealed Filings Show North Carolina Aides Sought Voting Data by Race Before Drafting Law

RALEIGH, N.C. - Staff members for Republican legislative leaders in North Carolina asked state election officials for a breakdown of early voting by race weeks before they drafted the state's 2013 election law, according to court filings unsealed on Monday.

The filings, which include dozens of emails exchanged between legislative staff and the State Board of Elections, were made public by a federal judge in Winston-Salem at the request of several news organizations. Lawyers for the voters who challenged the law say the emails prove what they argued at trial: that lawmakers set out to make voting harder for black residents.

"These are not our words. These are their words," said Denise Marlowe, a lawyer for the Southern Coalition for Social Justice. "They asked for the data, they got the data, and then they wrote the law around it." Her group represented several of the plaintiffs.

In one email, dated January 2013, an aide to Thom Tillis, then the House speaker, wrote that the speaker's office wanted the numbers broken out "by race, party and method." The aide added that the request was "for internal use only."

A second email from a different staff member says the data "confirms what we expected."

Tillis, now a United States senator, said through a spokesman that he had not seen the emails at the time and that his office "routinely requested data of all kinds from state agencies."

The state's lawyers argued in a filing on Monday that the emails had been taken out of context and that requests for demographic data were a normal part of drafting any election law. The filing notes that the legislature also requested breakdowns by age and county.

"Legislators ask for data. That is their job," said Gordon Pruett, a lawyer representing the state. "The plaintiffs have taken ordinary staff work and turned it into a conspiracy theory."

The federal appeals court in Richmond struck down the law in July, finding that its provisions targeted black voters "with a precision that could not be accidental." The state has appealed that ruling to the Supreme Court. Gov. Pat McCrory, who signed the law, has repeatedly said it was intended only to prevent fraud.

A spokesman for McCrory, Graham Wilcox, said on Monday that the governor "had no involvement in the drafting and has never seen these emails."

Election officials who received the requests were more guarded. A former employee of the State Board of Elections said the requests stood out at the time. She asked not to be identified because she now works for a county elections office and is not permitted to speak to reporters.

"We got data requests every week," she said. "We did not get many that asked for race first."

The board's current executive director, Linda Carraway, said in a statement that the agency "responds to lawful requests from legislators without regard to their purpose."

Democrats in the legislature said they would seek hearings on the emails when the General Assembly returns in January. Republican leaders did not respond to requests for comment.

The law required voters to show one of six forms of photo identification, cut a week from the early voting period and ended same-day registration. It was in effect for the March primary, when voters waited in long lines at several polling places in Durham and Charlotte.

The unsealed emails are likely to figure in the state's appeal. The justices have not said when they will decide whether to hear it.
""", r"""
according to || court filings unsealed on Monday || Staff members for Republican legislative leaders in North Carolina asked state election officials for a breakdown of early voting by race weeks before they drafted the state's 2013 election law || document
say || Lawyers for the voters who challenged the law || the emails prove what they argued at trial: that lawmakers set out to make voting harder for black residents || anonymous
said || Denise Marlowe, a lawyer for the Southern Coalition for Social Justice || "These are not our words. These are their words," ## "They asked for the data, they got the data, and then they wrote the law around it." || named_person
wrote || an aide to Thom Tillis, then the House speaker || the speaker's office wanted the numbers broken out "by race, party and method." || anonymous
added || The aide || the request was "for internal use only." || anonymous
says || A second email from a different staff member || the data "confirms what we expected." || document
said || Tillis, now a United States senator || he had not seen the emails at the time and that his office "routinely requested data of all kinds from state agencies." || named_person
argued || The state's lawyers || the emails had been taken out of context and that requests for demographic data were a normal part of drafting any election law || anonymous
notes || The filing || the legislature also requested breakdowns by age and county || document
said || Gordon Pruett, a lawyer representing the state || "Legislators ask for data. That is their job," ## "The plaintiffs have taken ordinary staff work and turned it into a conspiracy theory." || named_person
finding || The federal appeals court in Richmond || its provisions targeted black voters "with a precision that could not be accidental." || named_org
has repeatedly said || Gov. Pat McCrory, who signed the law || it was intended only to prevent fraud || named_person
said || A spokesman for McCrory, Graham Wilcox || the governor "had no involvement in the drafting and has never seen these emails." || named_person
said || A former employee of the State Board of Elections || the requests stood out at the time || anonymous
said || she || "We got data requests every week," ## "We did not get many that asked for race first." || anonymous
said || The board's current executive director, Linda Carraway || the agency "responds to lawful requests from legislators without regard to their purpose." || named_person
said || Democrats in the legislature || they would seek hearings on the emails when the General Assembly returns in January || named_org
""" ))

ARTS_A.append(("w204", """RNC Memo Flagged Convention Cost Overruns Weeks Before Cleveland

WASHINGTON - Republican National Committee staff warned party leaders in early June that the cost of the party's convention in Cleveland was running at least $9 million over budget, according to an internal memo obtained by The Associated Press.

The four-page memo says the overruns were driven by security contracts, a larger-than-expected media pavilion and "last-minute production changes requested by the campaign." It was written by the committee's convention finance director and addressed to Chairman Reince Priebus and the party's chief of staff, Katie Walsh.

It recommends that the committee ask major donors for an additional $5 million and warns that without the money the party "will enter the fall with a hole in the general-election budget."

Two people familiar with the discussions said Priebus was alarmed by the memo and ordered staff to keep it to a small circle. Both spoke on the condition of anonymity because they were not authorized to discuss the party's finances.

"Reince hit the roof," one of them said. "He understood that if the numbers got out before the convention, it would be the only story."

The RNC's chief strategist and spokesman, Sean Spicer, said the convention "came in on budget when you count the revenue we raised in July." He said the memo reflected "early projections that were always going to change."

"Every convention has a budget memo like this one. Every one," Spicer said. "The story here is that we paid our bills."

Reports filed with the Federal Election Commission show that the convention committee owed vendors nearly $4.2 million at the end of August, including $1.3 million to a Nashville staging company.

The owner of that company, Travis Keel, said he had been told in August that payment would arrive "within the week." He said he was still waiting.

"I voted for these guys. I put up their stage. I'd like to get paid," Keel said.

The memo's warnings about the campaign's production requests are likely to add to tension between the committee and Donald J. Trump's campaign. Some party officials believe the campaign has leaned on the RNC for services it should pay for itself.

A senior RNC official said the production changes included a redesigned stage entrance for Trump's acceptance speech that was ordered two days before the convention opened. The official, who requested anonymity to discuss internal deliberations, said the change alone cost about $600,000.

Jason Miller, a spokesman for the Trump campaign, said the campaign had "worked hand in glove with the RNC on every aspect of the convention" and referred questions about costs to the committee.

Politico reported last month that several major Republican donors had declined to contribute to the convention after Trump clinched the nomination. The committee has since leaned more heavily on a small group of donors, including the casino executive Sheldon Adelson, who gave $5 million in the spring.

The host committee in Cleveland, which raised money separately from the party, has said it finished the convention with a small surplus. Its president, Emily Lauer, said on Tuesday that the host committee had paid "every invoice that came to us" and was not responsible for the party's contracts.

The party ended August with about $15 million in cash on hand, according to its latest filing, roughly half the Democratic National Committee's total.
""", r"""
according to || an internal memo obtained by The Associated Press || Republican National Committee staff warned party leaders in early June that the cost of the party's convention in Cleveland was running at least $9 million over budget || document
says || The four-page memo || the overruns were driven by security contracts, a larger-than-expected media pavilion and "last-minute production changes requested by the campaign." || document
recommends || It || the committee ask major donors for an additional $5 million || document
warns || It || without the money the party "will enter the fall with a hole in the general-election budget." || document
said || Two people familiar with the discussions || Priebus was alarmed by the memo and ordered staff to keep it to a small circle || anonymous
said || one of them || "Reince hit the roof," ## "He understood that if the numbers got out before the convention, it would be the only story." || anonymous
said || The RNC's chief strategist and spokesman, Sean Spicer || the convention "came in on budget when you count the revenue we raised in July." || named_person
said || He || the memo reflected "early projections that were always going to change." || named_person
said || Spicer || "Every convention has a budget memo like this one. Every one," ## "The story here is that we paid our bills." || named_person
show || Reports filed with the Federal Election Commission || the convention committee owed vendors nearly $4.2 million at the end of August, including $1.3 million to a Nashville staging company || document
said || The owner of that company, Travis Keel || he had been told in August that payment would arrive "within the week." || named_person
said || He || he was still waiting || named_person
said || Keel || "I voted for these guys. I put up their stage. I'd like to get paid," || named_person
believe || Some party officials || the campaign has leaned on the RNC for services it should pay for itself || anonymous
said || A senior RNC official || the production changes included a redesigned stage entrance for Trump's acceptance speech that was ordered two days before the convention opened || anonymous
said || The official, who requested anonymity to discuss internal deliberations || the change alone cost about $600,000 || anonymous
said || Jason Miller, a spokesman for the Trump campaign || the campaign had "worked hand in glove with the RNC on every aspect of the convention" || named_person
reported || Politico || several major Republican donors had declined to contribute to the convention after Trump clinched the nomination || media
has said || The host committee in Cleveland, which raised money separately from the party || it finished the convention with a small surplus || named_org
said || Its president, Emily Lauer || the host committee had paid "every invoice that came to us" and was not responsible for the party's contracts || named_person
according to || its latest filing || The party ended August with about $15 million in cash on hand || document
""" ))

ARTS_A.append(("w205", """Justice Dept. Watchdog Examines F.B.I. Agents' Contacts With Campaign Allies

WASHINGTON - The Justice Department's inspector general is examining whether agents in the F.B.I.'s New York field office shared details of continuing investigations with allies of Donald J. Trump's campaign in the weeks before the election, according to three current and former law enforcement officials.

The officials, who spoke on the condition of anonymity because the review has not been announced, said investigators had requested the work phone records of at least four agents and had interviewed a supervisor in the field office's public corruption unit.

The inspector general, Michael E. Horowitz, declined to comment. A spokeswoman for the F.B.I. said the bureau "does not comment on the existence or nonexistence of internal reviews."

The review follows a series of public statements by allies of the campaign. In late October, Rudolph W. Giuliani, the former New York mayor and a close Trump adviser, said he had heard from "people inside the bureau who are furious" about its handling of matters related to Hillary Clinton. Giuliani said the next week that he had spoken only with retired agents.

In an email on Tuesday, Giuliani said he had "never received a single piece of confidential information from anyone at the F.B.I." and called the review "a political witch hunt aimed at the only agents with the guts to do their jobs."

Internal emails obtained by The Associated Press show that concern about leaks reached the bureau's leadership well before the election. In a message dated Oct. 4, a deputy assistant director wrote to colleagues that "the drip from New York has to stop" and that the director, James B. Comey, had asked for a list of everyone with access to two politically sensitive cases.

Comey told agents in a private meeting in November that he was "deeply troubled" by the leaks, according to two people who attended the meeting.

"He said it was the worst thing that had happened to the bureau's reputation in his time there," one of them said. "He meant it."

Some agents in New York believe the scrutiny is unfair. A retired agent who remains close to several members of the public corruption unit said the agents felt they had been made scapegoats for a decision that was made in Washington.

"These are people who have spent 20 years building cases," he said. "Now they are being treated like suspects because somebody in headquarters is embarrassed."

Senator Patrick J. Leahy of Vermont, the senior Democrat on the Judiciary Committee, said in a letter to Horowitz on Wednesday that the review should examine "every contact between the bureau and either campaign, without exception."

The Trump transition team did not respond to a request for comment. Kellyanne Conway, a senior adviser to the president-elect, said on Fox News on Tuesday that she was not aware of any contacts and that the campaign "never needed help from anybody at the F.B.I. to win."

A 2015 report by the inspector general's office found that F.B.I. employees had shared information with reporters without authorization in at least a dozen cases over five years. Few of those employees were disciplined, and none were fired.

The New York field office, with more than 1,000 agents, is the bureau's largest. Its public corruption unit has handled several of the most prominent political cases of the last decade, including the prosecutions of two former leaders of the New York State Legislature.

Horowitz has broad authority to examine misconduct by Justice Department employees, but his office cannot bring criminal charges. Any findings of criminal conduct would be referred to prosecutors. Reviews of this kind typically take a year or more to complete.
""", r"""
according to || three current and former law enforcement officials || The Justice Department's inspector general is examining whether agents in the F.B.I.'s New York field office shared details of continuing investigations with allies of Donald J. Trump's campaign in the weeks before the election || anonymous
said || The officials, who spoke on the condition of anonymity because the review has not been announced || investigators had requested the work phone records of at least four agents and had interviewed a supervisor in the field office's public corruption unit || anonymous
said || A spokeswoman for the F.B.I. || the bureau "does not comment on the existence or nonexistence of internal reviews." || anonymous
said || Rudolph W. Giuliani, the former New York mayor and a close Trump adviser || he had heard from "people inside the bureau who are furious" about its handling of matters related to Hillary Clinton || named_person
said || Giuliani || he had spoken only with retired agents || named_person
said || Giuliani || he had "never received a single piece of confidential information from anyone at the F.B.I." || named_person
called || Giuliani || the review "a political witch hunt aimed at the only agents with the guts to do their jobs." || named_person
show || Internal emails obtained by The Associated Press || concern about leaks reached the bureau's leadership well before the election || document
wrote || a deputy assistant director || "the drip from New York has to stop" and that the director, James B. Comey, had asked for a list of everyone with access to two politically sensitive cases || anonymous
according to || two people who attended the meeting || Comey told agents in a private meeting in November that he was "deeply troubled" by the leaks || anonymous
said || one of them || "He said it was the worst thing that had happened to the bureau's reputation in his time there," ## "He meant it." || anonymous
believe || Some agents in New York || the scrutiny is unfair || anonymous
said || A retired agent who remains close to several members of the public corruption unit || the agents felt they had been made scapegoats for a decision that was made in Washington || anonymous
said || he || "These are people who have spent 20 years building cases," ## "Now they are being treated like suspects because somebody in headquarters is embarrassed." || anonymous
said || Senator Patrick J. Leahy of Vermont, the senior Democrat on the Judiciary Committee || the review should examine "every contact between the bureau and either campaign, without exception." || named_person
said || Kellyanne Conway, a senior adviser to the president-elect || she was not aware of any contacts and that the campaign "never needed help from anybody at the F.B.I. to win." || named_person
found || A 2015 report by the inspector general's office || F.B.I. employees had shared information with reporters without authorization in at least a dozen cases over five years || document
""" ))

# Articles w206-w210. Written here with straight quotes; build_blind55.py converts
# them (text and annotation strings alike) to curly quotes, one character for one.
ARTS_B = []

ARTS_B.append(("w206", """Documents Show Clinton Fund Routed Money Through State Parties and Back

WASHINGTON -- Millions of dollars raised by a joint fundraising committee for Hillary Clinton and the Democratic Party were routed through state parties and back to the national committee within days, leaving the states with little of the money donors were told would help them, according to bank records and internal emails.

The documents, provided by a Democratic official who has been critical of the arrangement, show that at least 32 state parties received transfers totaling $84 million between November and July. In most cases, the money was sent on to the Democratic National Committee within 48 hours, often on the same day.

The official, who asked not to be named because he still works with several state party chairmen, said the transfers were designed to let wealthy donors give far more than the $33,400 annual limit on contributions to the national party.

"The state parties were a pass-through," he said. "They were a line on a form, and everybody in the room knew it."

A campaign finance lawyer who has advised state parties in both parties said the practice was legal but "stretches the intent of the law about as far as it can go."

Robby Mook, Clinton's campaign manager, has argued that the money helped pay for a national voter-turnout operation that benefits candidates in every state. In an email to a state party chairwoman in May, Mook wrote that the program would "build the infrastructure every Democrat on the ballot is going to rely on in November."

The chairwoman replied to Mook that she had "concerns about how this looks back home," according to a copy of the exchange.

Brian Fallon, a spokesman for the Clinton campaign, said the arrangement "has been fully disclosed to the Federal Election Commission from day one." He said state parties had received "tens of millions of dollars in staff, data and organizing support" that did not appear as cash transfers.

"Anyone who says the states are getting shortchanged is not looking at the whole picture," Fallon said.

Senator Bernie Sanders has raised similar objections for months. In April, the Sanders campaign wrote to the Democratic National Committee that the fund was "a serious violation of the DNC's obligation of neutrality." On Tuesday, Sanders told reporters in Burlington that the new documents confirmed "what we have been saying all along."

The Democratic National Committee said in a statement that the fund had "strengthened state parties across the country" and that the national committee had sent more money to the states this year than in any previous presidential cycle.

Several state party officials disagreed. The treasurer of one Midwestern state party, who spoke on the condition that neither he nor his state be identified, said his party had kept less than $40,000 of the $1.9 million transferred through its accounts.

"We signed what they asked us to sign," the treasurer said. "I don't think any of us understood how little of it would stay."

John Podesta, the campaign chairman, has told donors that the fund will continue to operate after the election, according to a person who attended a fund-raiser in New York last month.

A Quinnipiac University poll released last week found that 61 percent of Democratic voters believe the party's nominating process was fair.

Joint fundraising committees are not new. Both parties have used them for years to collect large checks from donors and divide the money among a candidate, a national party and state parties. What sets the Clinton fund apart, the documents suggest, is how quickly and how completely the money left the states.
""", r"""
according to || bank records and internal emails || Millions of dollars raised by a joint fundraising committee for Hillary Clinton and the Democratic Party were routed through state parties and back to the national committee within days, leaving the states with little of the money donors were told would help them || document
show || The documents, provided by a Democratic official who has been critical of the arrangement || at least 32 state parties received transfers totaling $84 million between November and July || document
said || The official, who asked not to be named because he still works with several state party chairmen || the transfers were designed to let wealthy donors give far more than the $33,400 annual limit on contributions to the national party || anonymous
said || he || "The state parties were a pass-through," ## "They were a line on a form, and everybody in the room knew it." || anonymous
said || A campaign finance lawyer who has advised state parties in both parties || the practice was legal but "stretches the intent of the law about as far as it can go." || anonymous
has argued || Robby Mook, Clinton's campaign manager || the money helped pay for a national voter-turnout operation that benefits candidates in every state || named_person
wrote || Mook || the program would "build the infrastructure every Democrat on the ballot is going to rely on in November." || named_person
according to || a copy of the exchange || The chairwoman replied to Mook that she had "concerns about how this looks back home," || document
said || Brian Fallon, a spokesman for the Clinton campaign || the arrangement "has been fully disclosed to the Federal Election Commission from day one." || named_person
said || He || state parties had received "tens of millions of dollars in staff, data and organizing support" that did not appear as cash transfers || named_person
said || Fallon || "Anyone who says the states are getting shortchanged is not looking at the whole picture," || named_person
wrote || the Sanders campaign || the fund was "a serious violation of the DNC's obligation of neutrality." || named_org
told || Sanders || the new documents confirmed "what we have been saying all along." || named_person
said || The Democratic National Committee || the fund had "strengthened state parties across the country" and that the national committee had sent more money to the states this year than in any previous presidential cycle || named_org
said || The treasurer of one Midwestern state party, who spoke on the condition that neither he nor his state be identified || his party had kept less than $40,000 of the $1.9 million transferred through its accounts || anonymous
said || the treasurer || "We signed what they asked us to sign," ## "I don't think any of us understood how little of it would stay." || anonymous
according to || a person who attended a fund-raiser in New York last month || John Podesta, the campaign chairman, has told donors that the fund will continue to operate after the election || anonymous
found || A Quinnipiac University poll released last week || 61 percent of Democratic voters believe the party's nominating process was fair || document
suggest || the documents || What sets the Clinton fund apart ## is how quickly and how completely the money left the states || document
""" ))

ARTS_B.append(("w207", """Audit Finds Milwaukee Suburb Mishandled Hundreds of Absentee Ballots

WAUKESHA, Wis. -- Election workers in the city of Brookfield failed to record the arrival of more than 600 absentee ballots during the April primary, and at least 90 of those ballots were never counted, a state audit released Thursday found.

The audit, conducted by the Wisconsin Elections Commission, said the errors did not change the outcome of any race. But it concluded that the city clerk's office had "no reliable means of knowing which ballots it had received and which it had not."

The city clerk, Janet Sorensen, said in an interview that her office had been overwhelmed by a surge in absentee requests and had asked the city council for two additional staff members last year. She said the request was denied.

"I warned them in writing," Sorensen said. "I have the memo."

Her memo to the council states that the office "cannot guarantee accurate processing of absentee ballots in a high-turnout election" without more help. It is dated Nov. 12, 2015, and was obtained through an open records request.

Council President Dan Edelman said he did not remember receiving the memo and that the council had never been told the problem was urgent.

"If this was an emergency, it was the best-kept secret in City Hall," he said.

Two poll workers who staffed the central count location said ballots were stored in unmarked plastic bins and that some bins were not opened until two days after the election. Both asked that their names not be used because they are still on the city's list of poll workers.

"Nobody was checking anything off," one of them said. "You grabbed a bin and you started opening envelopes."

The state's elections administrator, Carl Lindqvist, said the commission would send staff to Brookfield to help before the November election. He said the commission had found no evidence of fraud.

"This is a story about a small office and a big election, not about anyone trying to steal anything," Lindqvist said.

Gov. Scott Walker's spokeswoman, Amy Brandt, said the governor believes "every legal vote must be counted, and every vote counted must be legal."

Democrats said the audit showed something else: that local clerks had been starved of money. State Senator Jennifer Shilling, the Senate Democratic leader, said the state had cut aid to municipalities while adding new requirements for voters and clerks.

The Milwaukee Journal Sentinel reported in June that similar complaints had been raised in at least three other suburbs. The commission said it would review absentee procedures statewide after the November election.

Brookfield, a city of about 38,000 west of Milwaukee, has voted Republican in every presidential election since 1980. City officials expect turnout in November to exceed 80 percent. That would be a record, and absentee requests are already running well ahead of the pace set four years ago.

The 90 uncounted ballots were found in October in a storage closet at City Hall, still sealed in their envelopes. Under state law, they cannot now be counted.
""", r"""
found || a state audit released Thursday || Election workers in the city of Brookfield failed to record the arrival of more than 600 absentee ballots during the April primary, and at least 90 of those ballots were never counted || document
said || The audit, conducted by the Wisconsin Elections Commission || the errors did not change the outcome of any race || document
concluded || it || the city clerk's office had "no reliable means of knowing which ballots it had received and which it had not." || document
Sorensen, <<said>> in an interview || The city clerk, Janet Sorensen || her office had been overwhelmed by a surge in absentee requests and had asked the city council for two additional staff members last year || named_person
said || She || the request was denied || named_person
said || Sorensen || "I warned them in writing," ## "I have the memo." || named_person
states || Her memo to the council || the office "cannot guarantee accurate processing of absentee ballots in a high-turnout election" without more help || document
said || Council President Dan Edelman || he did not remember receiving the memo and that the council had never been told the problem was urgent || named_person
said || he || "If this was an emergency, it was the best-kept secret in City Hall," || named_person
said || Two poll workers who staffed the central count location || ballots were stored in unmarked plastic bins and that some bins were not opened until two days after the election || anonymous
said || one of them || "Nobody was checking anything off," ## "You grabbed a bin and you started opening envelopes." || anonymous
said || The state's elections administrator, Carl Lindqvist || the commission would send staff to Brookfield to help before the November election || named_person
said || He || the commission had found no evidence of fraud || named_person
said || Lindqvist || "This is a story about a small office and a big election, not about anyone trying to steal anything," || named_person
said || Gov. Scott Walker's spokeswoman, Amy Brandt || the governor believes "every legal vote must be counted, and every vote counted must be legal." || named_person
said || Democrats || the audit showed something else: that local clerks had been starved of money || named_org
said || State Senator Jennifer Shilling, the Senate Democratic leader || the state had cut aid to municipalities while adding new requirements for voters and clerks || named_person
reported || The Milwaukee Journal Sentinel || similar complaints had been raised in at least three other suburbs || media
said || The commission || it would review absentee procedures statewide after the November election || named_org
expect || City officials || turnout in November to exceed 80 percent || anonymous
""" ))

ARTS_B.append(("w208", """Nonprofit That Paid for Congressman's Travel Was Funded by Foreign Agent

WASHINGTON -- A Tennessee congressman accepted three trips to the Persian Gulf over two years that were paid for by a nonprofit group whose main donor was a registered lobbyist for the government of Qatar, according to disclosure forms and corporate records.

The trips, taken by Representative Dale Whitford, a Republican in his third term, were sponsored by the Gulf Partnership Forum, a Virginia-based nonprofit, according to forms filed with the House Ethics Committee. On its website, the group says its mission is to promote "understanding between the American heartland and the Arab world."

But tax filings show that nearly all of the forum's money in 2014 and 2015 came from a single donor, Harlan Coyle, a former congressional aide who is registered with the Justice Department as an agent of the Qatari government. House rules forbid members from accepting travel paid for, directly or indirectly, by registered foreign agents.

Two former employees of the forum said Coyle chose the lawmakers who were invited and personally approved each itinerary. They spoke on the condition of anonymity because they signed confidentiality agreements when they left the group.

"Harlan picked the names, Harlan picked the hotels, Harlan picked who sat next to whom at dinner," one of them said. "The forum was his checkbook."

Coyle, reached at his office in Alexandria, said the forum was independent and that he had "never once discussed" the trips with Qatari officials. He said he gave to the group "because I believe in what it does."

Whitford's chief of staff, Megan Tallis, said the congressman had relied on the forum's written assurance that no foreign money was involved. She provided a copy of a 2014 letter from the forum's president. It states that the group "accepts no funds from foreign governments or their agents."

"Congressman Whitford followed every rule and filled out every form," Tallis said. "If someone lied to the committee, it was not him."

The forum's president, Ellen Marsh, did not respond to phone calls or emails.

Whitford has been one of the House's most vocal supporters of arms sales to Gulf states. In a 2015 floor speech, he said Qatar was "a partner we cannot afford to lose." Records show that he delivered the speech eleven days after returning from the forum's second trip.

Ethics experts said the arrangement raised serious questions.

"This is exactly the kind of laundering the travel rules were written to stop," said Owen Prescott, a former counsel to the House Ethics Committee.

A spokeswoman for Speaker Paul D. Ryan, AshLee Strong, said the speaker expected the Ethics Committee "to look at this carefully, as it would any complaint." The committee, which does not confirm or deny the existence of investigations, declined to comment.

The Office of Congressional Ethics, an independent body, has referred at least two similar cases to the committee since 2013, according to its published reports.

The Qatari Embassy said in a statement that it "has never funded, directed or been informed of" the forum's activities.

Privately sponsored travel by members of Congress has grown sharply since the House loosened its rules in 2012. Lawmakers and their aides took more than 1,800 such trips last year, many of them to resorts and conference centers abroad. Whitford's three trips, each lasting about a week, included stays at hotels in Doha and Dubai and meetings with officials of several Gulf governments.

Whitford, who serves on the Foreign Affairs Committee, is running unopposed for a fourth term in November.
""", r"""
according to || disclosure forms and corporate records || A Tennessee congressman accepted three trips to the Persian Gulf over two years that were paid for by a nonprofit group whose main donor was a registered lobbyist for the government of Qatar || document
according to || forms filed with the House Ethics Committee || The trips, taken by Representative Dale Whitford, a Republican in his third term, were sponsored by the Gulf Partnership Forum, a Virginia-based nonprofit || document
says || the group || its mission is to promote "understanding between the American heartland and the Arab world." || named_org
show || tax filings || nearly all of the forum's money in 2014 and 2015 came from a single donor, Harlan Coyle, a former congressional aide who is registered with the Justice Department as an agent of the Qatari government || document
said || Two former employees of the forum || Coyle chose the lawmakers who were invited and personally approved each itinerary || anonymous
said || one of them || "Harlan picked the names, Harlan picked the hotels, Harlan picked who sat next to whom at dinner," ## "The forum was his checkbook." || anonymous
said || Coyle, reached at his office in Alexandria || the forum was independent and that he had "never once discussed" the trips with Qatari officials || named_person
said || He || he gave to the group "because I believe in what it does." || named_person
said || Whitford's chief of staff, Megan Tallis || the congressman had relied on the forum's written assurance that no foreign money was involved || named_person
states || It || the group "accepts no funds from foreign governments or their agents." || document
said || Tallis || "Congressman Whitford followed every rule and filled out every form," ## "If someone lied to the committee, it was not him." || named_person
said || he || Qatar was "a partner we cannot afford to lose." || named_person
show || Records || he delivered the speech eleven days after returning from the forum's second trip || document
said || Ethics experts || the arrangement raised serious questions || anonymous
said || Owen Prescott, a former counsel to the House Ethics Committee || "This is exactly the kind of laundering the travel rules were written to stop," || named_person
said || A spokeswoman for Speaker Paul D. Ryan, AshLee Strong || the speaker expected the Ethics Committee "to look at this carefully, as it would any complaint." || named_person
according to || its published reports || The Office of Congressional Ethics, an independent body, has referred at least two similar cases to the committee since 2013 || document
said || The Qatari Embassy || it "has never funded, directed or been informed of" the forum's activities || named_org
""" ))

ARTS_B.append(("w209", """Emails Show Michigan Regulators Sat on Lead Readings in Second City

LANSING, Mich. -- State environmental regulators were told in the spring of 2015 that water samples from homes in Harlow Falls exceeded federal lead limits, but they waited more than a year to notify residents, according to emails released Friday under the state's public records law.

Emails exchanged among staff members at the Michigan Department of Environmental Quality show that a water-quality specialist flagged the readings in May 2015 and wrote that they were "not something we can sit on."

A supervisor replied two days later that the samples should be "re-run before anyone gets excited," according to the emails.

The second round of tests, completed in August, showed lead at levels even higher than the first, a lab report included in the release shows.

A former department employee who worked on the Harlow Falls file said staff members were told not to discuss the results outside the office until a "communications plan" was approved. The former employee, who now works in the private sector, asked not to be named because her current employer does business with the state.

"There was a lot of worry about another Flint," she said. "So instead of getting ahead of it, we waited."

The department's spokeswoman, Teresa Kowal, said the delay reflected the need to confirm results before alarming residents. She said the department had since adopted a rule requiring public notice within 30 days of any sample exceeding federal limits.

"We should have moved faster, and we have changed our procedures so that it does not happen again," Kowal said.

Gov. Rick Snyder, who has faced calls to resign over the Flint crisis, learned of the Harlow Falls readings in October 2016, his office said. His spokesman, Ari Adler, said the governor "was angry that he had not been told sooner."

Many residents worry that the pipes in their homes will never be replaced. The Rev. Samuel Dukes, pastor of a church two blocks from the water plant, said many in his congregation believe the state treated the city as expendable.

"They think nobody here votes and nobody here matters," Dukes said. "After this, who could tell them they are wrong?"

The Detroit News reported in November that the average lead level in the city's samples had risen fourfold since 2013.

State Rep. Marcus Greene, a Democrat from Flint, said he would ask the House Oversight Committee to subpoena the department's remaining records. "Every time we pull a thread, there is another email," he said.

The Environmental Protection Agency said in a statement that it was reviewing the emails and had asked the state for all sampling data from Harlow Falls since 2012.

Harlow Falls, a former paper-mill town of about 11,000 people on the St. Joseph River, draws its water from the river and treats it at a plant built in 1958. The city has been under the control of a state-appointed emergency manager for most of the last five years, and its water rates are among the highest in the state.

Bottled water is now being distributed at two fire stations and a church. State officials have not set a date for replacing the city's lead service lines, which number in the thousands.
""", r"""
according to || emails released Friday under the state's public records law || State environmental regulators were told in the spring of 2015 that water samples from homes in Harlow Falls exceeded federal lead limits, but they waited more than a year to notify residents || document
show || Emails exchanged among staff members at the Michigan Department of Environmental Quality || a water-quality specialist flagged the readings in May 2015 and wrote that they were "not something we can sit on." || document
according to || the emails || A supervisor replied two days later that the samples should be "re-run before anyone gets excited," || document
shows || a lab report included in the release || The second round of tests, completed in August, showed lead at levels even higher than the first || document
said || A former department employee who worked on the Harlow Falls file || staff members were told not to discuss the results outside the office until a "communications plan" was approved || anonymous
said || she || "There was a lot of worry about another Flint," ## "So instead of getting ahead of it, we waited." || anonymous
said || The department's spokeswoman, Teresa Kowal || the delay reflected the need to confirm results before alarming residents || named_person
said || She || the department had since adopted a rule requiring public notice within 30 days of any sample exceeding federal limits || named_person
said || Kowal || "We should have moved faster, and we have changed our procedures so that it does not happen again," || named_person
his office <<said>>. His spokesman || his office || Gov. Rick Snyder, who has faced calls to resign over the Flint crisis, learned of the Harlow Falls readings in October 2016 || named_org
said || His spokesman, Ari Adler || the governor "was angry that he had not been told sooner." || named_person
worry || Many residents || the pipes in their homes will never be replaced || anonymous
said || The Rev. Samuel Dukes, pastor of a church two blocks from the water plant || many in his congregation believe the state treated the city as expendable || named_person
said || Dukes || "They think nobody here votes and nobody here matters," ## "After this, who could tell them they are wrong?" || named_person
reported || The Detroit News || the average lead level in the city's samples had risen fourfold since 2013 || media
said || State Rep. Marcus Greene, a Democrat from Flint || he would ask the House Oversight Committee to subpoena the department's remaining records || named_person
said || he || "Every time we pull a thread, there is another email," || named_person
said || The Environmental Protection Agency || it was reviewing the emails and had asked the state for all sampling data from Harlow Falls since 2012 || named_org
""" ))

ARTS_B.append(("w210", """Indiana Gave No-Bid Contract to Firm Run by Pence Donor

INDIANAPOLIS -- Gov. Mike Pence's administration awarded a $12 million contract to manage the state's toll-road inspections to a company whose chief executive had given $50,000 to Pence's campaign, and did so without competitive bidding, according to state procurement records.

The records show that the Indiana Department of Administration waived its usual bidding requirement in February, citing an "emergency need" after a previous contractor left the job. The contract went to Crossfield Engineering, a firm in Carmel whose chief executive, Todd Brennan, is a longtime Pence supporter.

Two people involved in the procurement said the emergency designation was unusual for a contract of that size and that officials from the governor's office had asked about its status several times. They asked not to be identified because they still work for the state and were not authorized to speak to reporters.

"It was the only contract that year where the governor's office called to ask how it was going," one of them said.

Pence's office said the governor had no role in the decision. Pence's press secretary, Nathan Riggle, said in a statement that "the governor has never intervened in any procurement on behalf of any contributor."

Brennan said in a brief interview that his company had won the contract on its merits. "We have done this work for 20 years. We were ready on a week's notice, and nobody else was," he said.

But an email obtained by The Indianapolis Star shows that a deputy commissioner in the Department of Administration wrote to colleagues on Jan. 28, several days before the previous contractor gave notice, that "Crossfield is the direction we're going."

The deputy commissioner, Laura Finch, left the department in June and could not be reached for comment. The Star reported on Sunday that Finch had attended a Pence fund-raiser in December at which Brennan was a host.

It was announced on Tuesday that the Crossfield contract would be extended through 2018.

The timing of the contract is likely to draw new attention now that Pence is preparing to become vice president. Indiana Democrats said they would ask the state inspector general to investigate. John Zody, the state Democratic chairman, said the records showed "a pattern of pay-to-play that Hoosiers deserve answers about."

Kellyanne Conway, a senior adviser to President-elect Donald J. Trump, told reporters at Trump Tower on Monday that Pence "is the most ethical man in American politics" and that the story was "a desperate attempt to tarnish a good man."

The state inspector general's office said it had received the complaint but would not say whether it had opened an investigation.

A review of campaign finance records by The Indianapolis Star found that executives of companies that received no-bid state contracts during Pence's four years in office gave at least $340,000 to his campaigns.

Pence has said he expects state agencies to follow the law "to the letter." In a 2014 interview with WIBC radio, he said that "the people of Indiana have a right to know their government is not for sale."

Indiana law allows agencies to skip competitive bidding in emergencies, but requires them to document the emergency in writing. The file for the Crossfield contract contains a single paragraph on the subject, signed by Finch.
""", r"""
according to || state procurement records || Gov. Mike Pence's administration awarded a $12 million contract to manage the state's toll-road inspections to a company whose chief executive had given $50,000 to Pence's campaign, and did so without competitive bidding || document
show || The records || the Indiana Department of Administration waived its usual bidding requirement in February, citing an "emergency need" after a previous contractor left the job || document
said || Two people involved in the procurement || the emergency designation was unusual for a contract of that size and that officials from the governor's office had asked about its status several times || anonymous
said || one of them || "It was the only contract that year where the governor's office called to ask how it was going," || anonymous
said || Pence's office || the governor had no role in the decision || named_org
Riggle, <<said>> in a statement || Pence's press secretary, Nathan Riggle || "the governor has never intervened in any procurement on behalf of any contributor." || named_person
Brennan <<said>> in a brief || Brennan || his company had won the contract on its merits || named_person
said || he || "We have done this work for 20 years. We were ready on a week's notice, and nobody else was," || named_person
shows || an email obtained by The Indianapolis Star || a deputy commissioner in the Department of Administration wrote to colleagues on Jan. 28, several days before the previous contractor gave notice, that "Crossfield is the direction we're going." || document
reported || The Star || Finch had attended a Pence fund-raiser in December at which Brennan was a host || media
was announced || NULL || the Crossfield contract would be extended through 2018 || unknown
said || Indiana Democrats || they would ask the state inspector general to investigate || named_org
said || John Zody, the state Democratic chairman || the records showed "a pattern of pay-to-play that Hoosiers deserve answers about." || named_person
told || Kellyanne Conway, a senior adviser to President-elect Donald J. Trump || Pence "is the most ethical man in American politics" and that the story was "a desperate attempt to tarnish a good man." || named_person
said || The state inspector general's office || it had received the complaint || named_org
found || A review of campaign finance records by The Indianapolis Star || executives of companies that received no-bid state contracts during Pence's four years in office gave at least $340,000 to his campaigns || media
has said || Pence || he expects state agencies to follow the law "to the letter." || named_person
said || he || "the people of Indiana have a right to know their government is not for sale." || named_person
""" ))


# ---------------------------------------------------------------------------
# Builder.  Annotation line format:  CUE || SOURCE || CONTENT || TYPE
#   SOURCE may be NULL (no source in the text).
#   CONTENT fragments of a split quote are separated by " ## ".
#   Any field may be written  left<<SPAN>>right  to pick the occurrence of SPAN
#   that sits inside the unique string left+SPAN+right.
# Occurrence rules (all matches are whole-word where the span starts/ends with a
# word character):
#   content (first fragment) must be unique; later fragments: first occurrence
#   after the previous fragment.
#   cue: occurrence closest to the content (not overlapping it).
#   source: occurrence closest to the cue (not overlapping cue or content).
# Offsets are always computed, never typed.  Articles w206-w210 are written with
# straight quotes and converted to curly quotes one character for one, so the
# offsets found in the straight text are valid in the curly text.
# ---------------------------------------------------------------------------

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = {"\u201c", "\u201d", "\u2018", "\u2019"}


def curlify(t):
    out = []
    for i, ch in enumerate(t):
        prev = t[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([\u2014-") else "\u201d")
        elif ch == "'":
            out.append("\u2018" if (prev.isspace() or prev in "(\u201c\"") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def _occurrences(text, s):
    pat = re.escape(s)
    if s[:1].isalnum():
        pat = r"(?<![\w])" + pat
    if s[-1:].isalnum():
        pat = pat + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _ctx(text, field):
    """left<<SPAN>>right -> (start, end) or None."""
    if "<<" not in field:
        return None
    left, rest = field.split("<<", 1)
    span, right = rest.split(">>", 1)
    occ = [m.start() for m in re.finditer(re.escape(left + span + right), text)]
    assert len(occ) == 1, ("context not unique", field, len(occ))
    s = occ[0] + len(left)
    return (s, s + len(span))


def _gap(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1  # overlap


def _overlaps(span, spans):
    return any(_gap(span, s) < 0 for s in spans)


def _closest(text, field, anchor_spans, avoid):
    c = _ctx(text, field)
    if c:
        return c
    occ = [o for o in _occurrences(text, field) if not _overlaps(o, avoid)]
    assert occ, ("not found", field)
    def dist(o):
        return min(_gap(o, a) for a in anchor_spans)
    occ.sort(key=dist)
    if len(occ) > 1:
        assert dist(occ[0]) < dist(occ[1]), ("tie", field, occ[:2])
    return occ[0]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def build_doc(doc_id, straight_text, ann, curly):
    straight_text = straight_text.strip("\n").replace(" -- ", " \u2014 ")
    text = curlify(straight_text) if curly else straight_text
    assert len(text) == len(straight_text)
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, line
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, line
        frs = [f.strip() for f in con_f.split(" ## ")]
        frags = []
        for k, f in enumerate(frs):
            c = _ctx(straight_text, f)
            if c is None:
                occ = _occurrences(straight_text, f)
                if k == 0:
                    assert len(occ) == 1, ("content not unique", doc_id, f, len(occ))
                    c = occ[0]
                else:
                    occ = [o for o in occ if o[0] >= frags[-1][1]]
                    c = occ[0]
            frags.append(c)
        cue = _closest(straight_text, cue_f, frags, frags)
        src = None
        if src_f != "NULL":
            src = _closest(straight_text, src_f, [cue], frags + [cue])
        # plain-text checks (straight text) and final checks (output text)
        for (s, e), f in zip(frags, frs, strict=False):
            raw = f.split("<<")[-1].split(">>")[0] if "<<" in f else f
            assert straight_text[s:e] == raw
        con = {"start": frags[0][0], "end": frags[-1][1],
               "text": text[frags[0][0]:frags[-1][1]]}
        if len(frags) > 1:
            con["fragments"] = [list(f) for f in frags]
        a = {"cue": _span(text, cue),
             "source": _span(text, src) if src else None,
             "content": con,
             "source_type": typ}
        if typ == "unknown":
            assert True
        atts.append(a)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(set(cues)) == len(cues), (doc_id, "two attributions share a cue")
    # consistency checks
    for a in atts:
        for k in ("cue", "source", "content"):
            sp = a[k]
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        for fs, fe in a["content"].get("fragments", []):
            assert a["content"]["start"] <= fs < fe <= a["content"]["end"]
        ct = a["content"]["text"]
        assert not ct.lower().startswith("that "), ct
        assert not ct.endswith("."), ct if ct[-1] not in "\"\u201d" else ""
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def build():
    recs = []
    for doc_id, t, ann in ARTS_A:
        recs.append(build_doc(doc_id, t, ann, curly=False))
    for doc_id, t, ann in ARTS_B:
        recs.append(build_doc(doc_id, t, ann, curly=True))
    assert [r["doc_id"] for r in recs] == [f"w{i}" for i in range(201, 211)]
    for i, r in enumerate(recs):
        t = r["text"]
        nw = len(t.split())
        assert 500 <= nw <= 700, (r["doc_id"], nw)
        assert 14 <= len(r["attributions"]) <= 22, (r["doc_id"], len(r["attributions"]))
        head, _, body = t.partition("\n\n")
        assert "\n" not in head and body
        if i < 5:
            assert not any(c in t for c in CURLY), r["doc_id"]
            assert '"' in t
        else:
            assert '"' not in t and "'" not in t, r["doc_id"]
            assert "\u201c" in t and "\u201d" in t
    return recs


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind55.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
