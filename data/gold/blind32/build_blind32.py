#!/usr/bin/env python3
"""Build ``blind32.jsonl``: the thirty-second batch of blind test articles (session 16), held out.

12 invented 2016 political news stories of every kind, each with 13-17 attributions of mixed
source kinds, written and annotated by a helper session that never read claimtrace's code, tests
or data; see NOTES.md. Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind32/build_blind32.py [--check]`` (``--check``: exit 1 if
blind32.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 32: invented 2016 US political news with hand-annotated attributions.

All articles and quotes are invented. Offsets are computed from the text, never typed.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is "-" when the article gives no source (source = null).
- CONTENT fragments (a quote split by the cue, or continued after it) are separated by " ## ".
- Any field may be written "SPAN @@ CONTEXT": CONTEXT must occur exactly once in the text and
  SPAN exactly once inside CONTEXT.
- Without a context: CONTENT (each fragment) must occur exactly once in the text; CUE is the
  whole-word occurrence nearest to the content (outside it); SOURCE is the whole-word occurrence
  nearest to the cue (outside the content and the cue).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind32/blind32.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, paragraphs, annotations):
    ARTICLES.append((doc_id, "\n\n".join(paragraphs), annotations))


# ---------------------------------------------------------------- h01 (straight quotes)
art("h01", [
    "Clinton Presses Trump on Outsourcing in Ohio Stop",
    "COLUMBUS, Ohio - Hillary Clinton told a union audience here on Monday that Donald J. Trump had spent decades sending jobs overseas while promising to bring them home.",
    "\"He talks a big game about American workers,\" Mrs. Clinton said. \"But look at the labels on his ties and his suits.\"",
    "A report released by her campaign before the rally found that more than a dozen Trump-branded product lines were manufactured in China, Mexico or Bangladesh. Aides handed copies to reporters as the crowd filed in.",
    "The Trump campaign hit back within the hour. Jason Miller, a spokesman for Mr. Trump, said in a statement that Mrs. Clinton \"has no standing to lecture anyone about trade.\"",
    "Mr. Trump himself addressed the issue at a rally in Pennsylvania later in the day. \"I know the system better than anybody, which is why I'm the one who can fix it,\" he told supporters in Erie.",
    "Democrats believe the outsourcing message can cut into Mr. Trump's support among white working-class voters in Ohio. The race there remains close: a Quinnipiac University poll released last week showed the two candidates tied at 41 percent among likely voters.",
    "Some Republican strategists in the state worry that Mr. Trump has not built a field operation to match Mrs. Clinton's. The Trump effort has \"maybe a third of the offices we'd want,\" said one longtime Republican operative in Columbus, who spoke on condition of anonymity to discuss internal party matters.",
    "Robby Mook, Mrs. Clinton's campaign manager, told reporters on a conference call that the campaign had opened 68 offices in Ohio. \"We are not taking a single county for granted,\" Mr. Mook said.",
    "Kellyanne Conway, Mr. Trump's campaign manager, said on Fox News that the campaign's rallies were \"worth more than a hundred offices.\" The Columbus Dispatch reported on Sunday that the Trump campaign had recently signed leases for 12 new offices around the state.",
    "Gov. John Kasich, who has refused to endorse Mr. Trump, has told allies he will not campaign for either candidate, according to two people close to the governor. Mr. Kasich's office did not respond to a request for comment.",
], """
told || Hillary Clinton || Donald J. Trump had spent decades sending jobs overseas while promising to bring them home || named_person
said || Mrs. Clinton || "He talks a big game about American workers," ## "But look at the labels on his ties and his suits." || named_person
found || A report released by her campaign before the rally || more than a dozen Trump-branded product lines were manufactured in China, Mexico or Bangladesh || document
said || Jason Miller, a spokesman for Mr. Trump || Mrs. Clinton "has no standing to lecture anyone about trade." || named_person
told || he || "I know the system better than anybody, which is why I'm the one who can fix it," || named_person
believe || Democrats || the outsourcing message can cut into Mr. Trump's support among white working-class voters in Ohio || named_org
showed || a Quinnipiac University poll released last week || the two candidates tied at 41 percent among likely voters || document
worry || Some Republican strategists in the state || Mr. Trump has not built a field operation to match Mrs. Clinton's || anonymous
said || one longtime Republican operative in Columbus || The Trump effort has "maybe a third of the offices we'd want," || anonymous
told || Robby Mook, Mrs. Clinton's campaign manager || the campaign had opened 68 offices in Ohio || named_person
said || Mr. Mook || "We are not taking a single county for granted," || named_person
said || Kellyanne Conway, Mr. Trump's campaign manager || the campaign's rallies were "worth more than a hundred offices." || named_person
reported || The Columbus Dispatch || the Trump campaign had recently signed leases for 12 new offices around the state || media
according to || two people close to the governor || Gov. John Kasich, who has refused to endorse Mr. Trump, has told allies he will not campaign for either candidate || anonymous
""")

# ---------------------------------------------------------------- h02
art("h02", [
    "Zika Funding Deal Stalls as House Republicans Balk",
    "WASHINGTON - A bipartisan agreement to spend $1.1 billion fighting the Zika virus stalled on Tuesday over a dispute about Planned Parenthood funding, congressional aides said.",
    "Senate Majority Leader Mitch McConnell told reporters that the Senate had \"done its job.\" \"We have a public health emergency in Florida and Puerto Rico, and the American people expect us to act,\" Mr. McConnell said.",
    "Speaker Paul D. Ryan has said he supports money to combat the virus, but his office said on Tuesday that the House would not simply accept the Senate's number. \"The speaker wants a bill that is paid for,\" said AshLee Strong, a spokeswoman for Mr. Ryan.",
    "Democrats said Republicans were playing politics with a public health crisis. Senator Harry Reid of Nevada, the minority leader, said in a floor speech that the House position was \"outrageous and dangerous.\"",
    "The Centers for Disease Control and Prevention has warned that the virus could spread to Gulf Coast states as the summer heats up. Florida has recorded more than 500 cases, nearly all of them tied to travel.",
    "A senior House Republican aide, speaking on condition of anonymity to describe private negotiations, said conservatives in the Republican conference believed the Senate bill did too little to offset its cost. Politico reported on Monday that Mr. Ryan was considering a smaller package of about $622 million.",
    "The White House was blunter. \"Every day Congress waits is a day the mosquitoes don't,\" Josh Earnest, the White House press secretary, told reporters.",
    "An analysis by the Congressional Budget Office estimated that the Senate measure would add about $750 million to federal deficits over five years. The measure passed the Senate 68 to 30 last month.",
    "Some Republican senators fear that the standoff could hurt vulnerable incumbents like Senator Marco Rubio of Florida. Mr. Rubio is seeking re-election this fall.",
    "He, for his part, said he would back \"any serious proposal that gets money to Florida now.\" \"Florida families cannot wait for Washington to sort out its feelings,\" he said.",
    "The House is scheduled to leave for its summer recess at the end of next week, and leaders in both parties conceded privately that time was running short.",
], """
said || congressional aides || A bipartisan agreement to spend $1.1 billion fighting the Zika virus stalled on Tuesday over a dispute about Planned Parenthood funding || anonymous
told || Senate Majority Leader Mitch McConnell || the Senate had "done its job." || named_person
said || Mr. McConnell || "We have a public health emergency in Florida and Puerto Rico, and the American people expect us to act," || named_person
has said || Speaker Paul D. Ryan || he supports money to combat the virus || named_person
said || his office || the House would not simply accept the Senate's number || named_org
said || AshLee Strong, a spokeswoman for Mr. Ryan || "The speaker wants a bill that is paid for," || named_person
said || Democrats || Republicans were playing politics with a public health crisis || named_org
said || Senator Harry Reid of Nevada, the minority leader || the House position was "outrageous and dangerous." || named_person
has warned || The Centers for Disease Control and Prevention || the virus could spread to Gulf Coast states as the summer heats up || named_org
said || A senior House Republican aide || conservatives in the Republican conference believed the Senate bill did too little to offset its cost || anonymous
reported || Politico || Mr. Ryan was considering a smaller package of about $622 million || media
told || Josh Earnest, the White House press secretary || "Every day Congress waits is a day the mosquitoes don't," || named_person
estimated || An analysis by the Congressional Budget Office || the Senate measure would add about $750 million to federal deficits over five years || document
fear || Some Republican senators || the standoff could hurt vulnerable incumbents like Senator Marco Rubio of Florida || anonymous
said || He @@ He, for his part || he would back "any serious proposal that gets money to Florida now." || named_person
said || he || "Florida families cannot wait for Washington to sort out its feelings," || named_person
conceded || leaders in both parties || time was running short || anonymous
""")

# ---------------------------------------------------------------- h03
art("h03", [
    "Appeals Court Revives Challenge to Wisconsin Voter ID Law",
    "CHICAGO - The United States Court of Appeals for the Seventh Circuit on Thursday revived a lawsuit against Wisconsin's voter identification law, ruling that a lower court had not given enough weight to evidence that the rules kept eligible residents from voting.",
    "The three-judge panel wrote in its opinion that the state \"must offer a workable path to the ballot for every qualified voter, not merely most of them.\"",
    "Gov. Scott Walker said he was \"disappointed\" by the decision and that he expected the state to appeal. Attorney General Brad Schimel, a Republican, said in a statement that the law \"protects the integrity of every election in Wisconsin.\"",
    "Lawyers for the plaintiffs have argued that the free ID cards the state offers are hard to obtain for people without birth certificates. Sean Young, an American Civil Liberties Union lawyer representing the plaintiffs, said the ruling was \"a reminder that the right to vote is not a privilege.\"",
    "A study by researchers at the University of Wisconsin estimated that as many as 17,000 registered voters in two counties were deterred by the law in the April primary. The Assembly speaker, Robin Vos, has said the study's methods were flawed.",
    "The state's election commission said it would follow whatever instructions the courts gave for November. Michael Haas, the commission's administrator, told The Milwaukee Journal Sentinel that county clerks needed clear rules \"at least six weeks before Election Day.\"",
    "Hillary Clinton wrote on Twitter that the decision was \"a win for every voter in Wisconsin.\" Donald J. Trump has repeatedly claimed, without evidence, that the election will be \"rigged.\" His campaign said Thursday that voter ID laws were \"common sense.\"",
    "Legal experts expect the state to ask the full appeals court to reconsider the case. That process could take weeks.",
    "\"It is very unlikely that anything changes before November,\" said Rick Hasen, an election law professor at the University of California, Irvine. \"The clock is the state's best friend.\"",
], """
ruling || The United States Court of Appeals for the Seventh Circuit || a lower court had not given enough weight to evidence that the rules kept eligible residents from voting || named_org
wrote || The three-judge panel || the state "must offer a workable path to the ballot for every qualified voter, not merely most of them." || named_org
said || Gov. Scott Walker || he was "disappointed" by the decision and that he expected the state to appeal || named_person
said || Attorney General Brad Schimel, a Republican || the law "protects the integrity of every election in Wisconsin." || named_person
have argued || Lawyers for the plaintiffs || the free ID cards the state offers are hard to obtain for people without birth certificates || anonymous
said || Sean Young, an American Civil Liberties Union lawyer representing the plaintiffs || the ruling was "a reminder that the right to vote is not a privilege." || named_person
estimated || A study by researchers at the University of Wisconsin || as many as 17,000 registered voters in two counties were deterred by the law in the April primary || document
has said || The Assembly speaker, Robin Vos || the study's methods were flawed || named_person
said || The state's election commission || it would follow whatever instructions the courts gave for November || named_org
told || Michael Haas, the commission's administrator || county clerks needed clear rules "at least six weeks before Election Day." || named_person
wrote || Hillary Clinton || the decision was "a win for every voter in Wisconsin." || named_person
has repeatedly claimed || Donald J. Trump || the election will be "rigged." || named_person
said || His campaign || voter ID laws were "common sense." || named_org
expect || Legal experts || the state to ask the full appeals court to reconsider the case || anonymous
said || Rick Hasen, an election law professor at the University of California, Irvine || "It is very unlikely that anything changes before November," ## "The clock is the state's best friend." || named_person
""")

# ---------------------------------------------------------------- h04
art("h04", [
    "McCrory Stands by Bathroom Law as Businesses Pull Back",
    "RALEIGH, N.C. - Gov. Pat McCrory said on Wednesday that the state's law restricting bathroom access for transgender people had been \"grossly mischaracterized\" by its opponents.",
    "\"This is about privacy and common sense,\" Mr. McCrory told a gathering of sheriffs in Raleigh. \"It is not about discrimination, and it never was.\"",
    "His Democratic opponent in the governor's race, Attorney General Roy Cooper, said the law had already cost the state \"hundreds of millions of dollars and our good name.\"",
    "The N.C.A.A. announced last month that it would move seven championship events out of North Carolina. A study commissioned by the Charlotte Chamber of Commerce concluded that the law could cost the Charlotte region as many as 2,000 jobs by 2018.",
    "Business leaders worry that more companies will follow. One executive at a Raleigh technology firm said his company had quietly stopped recruiting out-of-state engineers because \"nobody wants to move into a fight.\"",
    "Republican legislative leaders have shown no interest in repealing the law. Phil Berger, the Senate leader, told reporters that the legislature \"will not be bullied by corporations or by sports leagues.\"",
    "It was reported last week that the governor's office had held private talks with Charlotte officials about a possible compromise. A spokesman for Mr. McCrory, Josh Ellis, said the talks \"went nowhere\" because city leaders refused to repeal their own ordinance first. Charlotte's mayor, Jennifer Roberts, said the city had \"never been asked\" to act first.",
    "A poll by Public Policy Polling released Tuesday found that 51 percent of North Carolina voters thought the law was hurting the state's economy. The same survey showed Mr. Cooper leading Mr. McCrory by four percentage points.",
    "The Justice Department has argued in federal court that the law violates the Civil Rights Act. A hearing in that case is set for August in Winston-Salem.",
], """
said || Gov. Pat McCrory || the state's law restricting bathroom access for transgender people had been "grossly mischaracterized" by its opponents || named_person
told || Mr. McCrory || "This is about privacy and common sense," ## "It is not about discrimination, and it never was." || named_person
said || His Democratic opponent in the governor's race, Attorney General Roy Cooper || the law had already cost the state "hundreds of millions of dollars and our good name." || named_person
announced || The N.C.A.A. || it would move seven championship events out of North Carolina || named_org
concluded || A study commissioned by the Charlotte Chamber of Commerce || the law could cost the Charlotte region as many as 2,000 jobs by 2018 || document
worry || Business leaders || more companies will follow || anonymous
said || One executive at a Raleigh technology firm || his company had quietly stopped recruiting out-of-state engineers because "nobody wants to move into a fight." || anonymous
told || Phil Berger, the Senate leader || the legislature "will not be bullied by corporations or by sports leagues." || named_person
was reported || - || the governor's office had held private talks with Charlotte officials about a possible compromise || unknown
said || A spokesman for Mr. McCrory, Josh Ellis || the talks "went nowhere" because city leaders refused to repeal their own ordinance first || named_person
said || Charlotte's mayor, Jennifer Roberts || the city had "never been asked" to act first || named_person
found || A poll by Public Policy Polling released Tuesday || 51 percent of North Carolina voters thought the law was hurting the state's economy || document
showed || The same survey || Mr. Cooper leading Mr. McCrory by four percentage points || document
has argued || The Justice Department || the law violates the Civil Rights Act || named_org
""")

# ---------------------------------------------------------------- h05
art("h05", [
    "Kerry Says Syria Truce Can Hold Despite Aleppo Strikes",
    "GENEVA - Secretary of State John Kerry said on Friday that a partial cease-fire in Syria was \"fragile but alive,\" even as opposition groups reported new airstrikes around the city of Aleppo.",
    "Speaking to reporters after meeting with Russia's foreign minister, Sergey V. Lavrov, Mr. Kerry said both governments had agreed to \"redouble\" efforts to get aid convoys into besieged towns. \"Nobody is pretending this is perfect,\" Mr. Kerry said. \"But the alternative is a return to full-scale war.\"",
    "Mr. Lavrov told a separate news conference that Russian forces were striking only \"terrorist groups.\" He said the United States had failed to separate moderate rebels from extremists.",
    "The Syrian Observatory for Human Rights, a monitoring group based in Britain, said at least 23 civilians had been killed in the Aleppo strikes since Wednesday.",
    "State Department officials believe that Syrian government aircraft, not Russian jets, carried out most of the strikes, according to a senior administration official who briefed reporters on the condition of anonymity. The official said Washington had raised the strikes directly with Moscow.",
    "Republican critics in Congress have long argued that the cease-fire gives President Bashar al-Assad time to regroup. Senator John McCain of Arizona, the chairman of the Armed Services Committee, said in a statement that the administration was \"being played by Moscow once again.\"",
    "The Wall Street Journal reported this week that the Pentagon had drawn up options for striking Syrian air bases if the truce collapses. A Pentagon spokesman declined to comment on the report. Asked about it, Mr. Kerry said he would not \"speculate about hypotheticals.\"",
    "The United Nations envoy for Syria, Staffan de Mistura, said he hoped to reconvene peace talks in Geneva by the end of the month.",
    "Amnesty International said in a report released Thursday that both sides had targeted hospitals and bakeries in rebel-held neighborhoods.",
], """
Says || Kerry || Syria Truce Can Hold Despite Aleppo Strikes || named_person
said || Secretary of State John Kerry || a partial cease-fire in Syria was "fragile but alive," || named_person
reported || opposition groups || new airstrikes around the city of Aleppo || anonymous
said || Mr. Kerry || both governments had agreed to "redouble" efforts to get aid convoys into besieged towns || named_person
said || Mr. Kerry || "Nobody is pretending this is perfect," ## "But the alternative is a return to full-scale war." || named_person
told || Mr. Lavrov || Russian forces were striking only "terrorist groups." || named_person
said || He || the United States had failed to separate moderate rebels from extremists || named_person
said || The Syrian Observatory for Human Rights, a monitoring group based in Britain || at least 23 civilians had been killed in the Aleppo strikes since Wednesday || named_org
according to || a senior administration official who briefed reporters on the condition of anonymity || State Department officials believe that Syrian government aircraft, not Russian jets, carried out most of the strikes || anonymous
said || The official || Washington had raised the strikes directly with Moscow || anonymous
have long argued || Republican critics in Congress || the cease-fire gives President Bashar al-Assad time to regroup || anonymous
said || Senator John McCain of Arizona, the chairman of the Armed Services Committee || the administration was "being played by Moscow once again." || named_person
reported || The Wall Street Journal || the Pentagon had drawn up options for striking Syrian air bases if the truce collapses || media
said || Mr. Kerry || he would not "speculate about hypotheticals." || named_person
said || The United Nations envoy for Syria, Staffan de Mistura || he hoped to reconvene peace talks in Geneva by the end of the month || named_person
said || Amnesty International || both sides had targeted hospitals and bakeries in rebel-held neighborhoods || named_org
""")

# ---------------------------------------------------------------- h06
art("h06", [
    "White House Sends Congress Plan to Close Guantanamo Prison",
    "WASHINGTON - The Obama administration on Tuesday sent Congress a plan to close the military prison at Guantanamo Bay, Cuba, and the White House said it would cost up to $475 million to move the remaining detainees to the United States.",
    "\"This is about closing a chapter of our history,\" President Obama said in remarks at the White House. \"Keeping this facility open is contrary to our values.\"",
    "The plan, a 21-page document delivered to the Armed Services committees, did not name a specific site. It says the Pentagon surveyed 13 possible locations, including prisons in Kansas, South Carolina and Colorado.",
    "The reaction from Republicans was swift. Senator Pat Roberts of Kansas said he would do \"everything in my power\" to keep detainees out of Fort Leavenworth. \"Not on my watch,\" Mr. Roberts wrote on Twitter.",
    "Speaker Paul D. Ryan said the law prohibited transferring detainees to American soil and the House would \"not break the law to fulfill a campaign promise.\"",
    "At the daily briefing, Josh Earnest, the press secretary, told reporters that the president had not ruled out acting on his own. Mr. Earnest said the administration believed the plan would save up to $85 million a year.",
    "Pentagon officials have privately questioned those savings, according to a report by The Associated Press.",
    "Human rights advocates said the plan did not go far enough. \"Moving indefinite detention to Kansas is not closing Guantanamo,\" said Naureen Shah of Amnesty International USA.",
    "Mr. Trump, the Republican front-runner, has said he would keep the prison open and \"load it up with some bad dudes.\" A Gallup poll conducted last year found that a majority of Americans opposed closing the prison.",
    "Ninety-one detainees remain at the prison, down from nearly 700 at its peak in 2003.",
], """
said || the White House || it would cost up to $475 million to move the remaining detainees to the United States || named_org
said || President Obama || "This is about closing a chapter of our history," ## "Keeping this facility open is contrary to our values." || named_person
says || It || the Pentagon surveyed 13 possible locations, including prisons in Kansas, South Carolina and Colorado || document
said || Senator Pat Roberts of Kansas || he would do "everything in my power" to keep detainees out of Fort Leavenworth || named_person
wrote || Mr. Roberts || "Not on my watch," || named_person
said || Speaker Paul D. Ryan || the law prohibited transferring detainees to American soil and the House would "not break the law to fulfill a campaign promise." || named_person
told || Josh Earnest, the press secretary || the president had not ruled out acting on his own || named_person
said || Mr. Earnest || the administration believed the plan would save up to $85 million a year || named_person
according to || a report by The Associated Press || Pentagon officials have privately questioned those savings || media
said || Human rights advocates || the plan did not go far enough || anonymous
said || Naureen Shah of Amnesty International USA || "Moving indefinite detention to Kansas is not closing Guantanamo," || named_person
has said || Mr. Trump, the Republican front-runner || he would keep the prison open and "load it up with some bad dudes." || named_person
found || A Gallup poll conducted last year || a majority of Americans opposed closing the prison || document
""")

# ---------------------------------------------------------------- h07 (curly quotes from here on)
art("h07", [
    "Sanders Wins Wisconsin Primary, Extending Race With Clinton",
    "MILWAUKEE — Senator Bernie Sanders of Vermont declared on Tuesday night that his victory in the Wisconsin primary proved Democratic voters were “not ready to end this race.”",
    "“We have won seven out of the last eight contests,” Mr. Sanders told a cheering crowd in Laramie, Wyo., “and we are going to win many more.” He led Hillary Clinton by about 13 percentage points with most of the vote counted.",
    "Mrs. Clinton’s campaign manager, Robby Mook, wrote in a memo to reporters that the delegate math remained “virtually impossible” for Mr. Sanders. The memo said Mrs. Clinton would need to win only about a third of the remaining delegates to secure the nomination.",
    "Brian Fallon, a spokesman for Mrs. Clinton, said on CNN that the senator “has a math problem, not a momentum problem.”",
    "Mr. Sanders’s aides believe he can persuade superdelegates to switch sides if he wins a string of primaries. Jeff Weaver, the campaign manager, told reporters that superdelegates “are going to have to take a hard look” at polls showing Mr. Sanders running stronger against Donald J. Trump.",
    "Exit polls suggested that Mr. Sanders won voters under 30 by more than 60 points.",
    "Some party leaders in Washington fear that a prolonged fight will leave the eventual nominee weakened. “Every week this goes on is a week we’re not talking about Trump,” said one Democratic senator who supports Mrs. Clinton. He spoke on the condition of anonymity to discuss the race candidly.",
    "Mrs. Clinton did not mention Wisconsin in remarks at a fund-raiser in Manhattan. Instead she said her campaign was focused on the April 19 New York primary. A Siena College poll released Monday showed her leading Mr. Sanders there by 21 points.",
    "“New York is my home, and I’m going to fight for every vote,” she said.",
    "The New York Times reported on Tuesday that the Sanders campaign had raised $44 million in March, more than Mrs. Clinton’s campaign. Mr. Trump weighed in on Twitter, writing that the Democratic race was “rigged” against Mr. Sanders.",
], """
declared || Senator Bernie Sanders of Vermont || his victory in the Wisconsin primary proved Democratic voters were “not ready to end this race.” || named_person
told || Mr. Sanders || “We have won seven out of the last eight contests,” ## “and we are going to win many more.” || named_person
wrote || Mrs. Clinton’s campaign manager, Robby Mook || the delegate math remained “virtually impossible” for Mr. Sanders || named_person
said || The memo || Mrs. Clinton would need to win only about a third of the remaining delegates to secure the nomination || document
said || Brian Fallon, a spokesman for Mrs. Clinton || the senator “has a math problem, not a momentum problem.” || named_person
believe || Mr. Sanders’s aides || he can persuade superdelegates to switch sides if he wins a string of primaries || anonymous
told || Jeff Weaver, the campaign manager || superdelegates “are going to have to take a hard look” at polls showing Mr. Sanders running stronger against Donald J. Trump || named_person
suggested || Exit polls || Mr. Sanders won voters under 30 by more than 60 points || document
fear || Some party leaders in Washington || a prolonged fight will leave the eventual nominee weakened || anonymous
said || one Democratic senator who supports Mrs. Clinton || “Every week this goes on is a week we’re not talking about Trump,” || anonymous
said || she || her campaign was focused on the April 19 New York primary || named_person
showed || A Siena College poll released Monday || her leading Mr. Sanders there by 21 points || document
said || she @@ vote,” she said. || “New York is my home, and I’m going to fight for every vote,” || named_person
reported || The New York Times || the Sanders campaign had raised $44 million in March, more than Mrs. Clinton’s campaign || media
writing || Mr. Trump || the Democratic race was “rigged” against Mr. Sanders || named_person
""")

# ---------------------------------------------------------------- h08
art("h08", [
    "Comey Faces House Panel Over Clinton Email Inquiry",
    "WASHINGTON — The director of the F.B.I., James B. Comey, told lawmakers on Thursday that no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server.",
    "“I know this has been painful for a lot of people,” Mr. Comey said. “But we did it the right way.”",
    "Representative Jason Chaffetz of Utah, the Republican chairman of the House Oversight Committee, said the bureau had set “a double standard” for powerful people.",
    "Mr. Comey acknowledged that Mrs. Clinton and her aides had been “extremely careless” with classified information. He said investigators had found no evidence that her server had been successfully hacked, though he added that a skilled intruder might leave no trace.",
    "Representative Elijah E. Cummings of Maryland, the committee’s top Democrat, said the hearing was “a partisan exercise paid for by taxpayers.” The Clinton campaign said in a statement that it was “glad the director has put this matter to rest.”",
    "Mr. Trump said in a speech in Raleigh, N.C., that the system was “rigged” and that Mrs. Clinton had been “protected at the highest levels.”",
    "According to a summary of the F.B.I.’s findings released by the bureau, 110 emails in 52 email chains contained classified information at the time they were sent.",
    "Some current and former agents believe the bureau should have recommended charges, according to two former F.B.I. officials who remain in touch with colleagues. One of the former officials said morale in the Washington field office was “as low as I’ve seen it.”",
    "A report by the State Department’s inspector general found in May that Mrs. Clinton had not sought approval for the private server. Attorney General Loretta E. Lynch has said she would accept the F.B.I.’s recommendation.",
    "The Washington Post reported that Republican leaders were weighing a request for a perjury investigation into Mrs. Clinton’s testimony before the Benghazi committee. Mr. Chaffetz told reporters after the hearing that he would send a formal referral “within days.”",
], """
told || The director of the F.B.I., James B. Comey || no reasonable prosecutor would have brought criminal charges against Hillary Clinton over her use of a private email server || named_person
said || Mr. Comey || “I know this has been painful for a lot of people,” ## “But we did it the right way.” || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the House Oversight Committee || the bureau had set “a double standard” for powerful people || named_person
acknowledged || Mr. Comey || Mrs. Clinton and her aides had been “extremely careless” with classified information || named_person
said || He || investigators had found no evidence that her server had been successfully hacked || named_person
added || he || a skilled intruder might leave no trace || named_person
said || Representative Elijah E. Cummings of Maryland, the committee’s top Democrat || the hearing was “a partisan exercise paid for by taxpayers.” || named_person
said @@ campaign said in a statement || The Clinton campaign || it was “glad the director has put this matter to rest.” || named_org
said || Mr. Trump || the system was “rigged” and that Mrs. Clinton had been “protected at the highest levels.” || named_person
According to || a summary of the F.B.I.’s findings released by the bureau || 110 emails in 52 email chains contained classified information at the time they were sent || document
according to || two former F.B.I. officials who remain in touch with colleagues || Some current and former agents believe the bureau should have recommended charges || anonymous
said || One of the former officials || morale in the Washington field office was “as low as I’ve seen it.” || anonymous
found || A report by the State Department’s inspector general || Mrs. Clinton had not sought approval for the private server || document
has said || Attorney General Loretta E. Lynch || she would accept the F.B.I.’s recommendation || named_person
reported || The Washington Post || Republican leaders were weighing a request for a perjury investigation into Mrs. Clinton’s testimony before the Benghazi committee || media
told || Mr. Chaffetz || he would send a formal referral “within days.” || named_person
""")

# ---------------------------------------------------------------- h09
art("h09", [
    "Cruz Withholds Endorsement, Drawing Boos in Cleveland",
    "CLEVELAND — Senator Ted Cruz of Texas told the Republican National Convention on Wednesday night that voters should “vote your conscience” in November, pointedly declining to endorse Donald J. Trump.",
    "“Stand and speak and vote your conscience,” Mr. Cruz said. “Vote for candidates up and down the ticket who you trust to defend our freedom.” Delegates from New York drowned out his final lines.",
    "Reince Priebus, the chairman of the Republican National Committee, said he was “disappointed” by the speech. Mr. Trump’s campaign chairman, Paul Manafort, told reporters on Thursday that Mr. Cruz had “made a mistake” that would follow him for years.",
    "Mr. Trump himself wrote on Twitter that he had seen Mr. Cruz’s remarks in advance and “let him speak anyway.”",
    "Aides to Mr. Cruz said he had never promised to endorse the nominee. Several Texas delegates said they were embarrassed by the reaction in the hall. “He kept his word to the voters, not to a man,” said Carol Jensen, a delegate from Houston.",
    "Others were less forgiving. Gov. Chris Christie of New Jersey said Mr. Cruz’s speech was “awful” and “selfish.”",
    "Mr. Cruz’s allies believe the speech positions him for a 2020 campaign if Mr. Trump loses in November. At a breakfast with the Texas delegation on Thursday, Mr. Cruz said he was “not in the habit of supporting people who attack my wife and my father.”",
    "A CNN/ORC poll taken before the convention found that 38 percent of Republicans wanted someone other than Mr. Trump as the nominee. The Texas Tribune reported that several major Cruz donors had stopped returning calls from his political team.",
    "It was announced Thursday morning that Ivanka Trump would introduce her father before his acceptance speech.",
    "Mr. Cruz finished second in the primaries, winning 11 states and more than 500 delegates before he left the race in May.",
], """
told || Senator Ted Cruz of Texas || voters should “vote your conscience” in November || named_person
said || Mr. Cruz || “Stand and speak and vote your conscience,” ## “Vote for candidates up and down the ticket who you trust to defend our freedom.” || named_person
said || Reince Priebus, the chairman of the Republican National Committee || he was “disappointed” by the speech || named_person
told || Mr. Trump’s campaign chairman, Paul Manafort || Mr. Cruz had “made a mistake” that would follow him for years || named_person
wrote || Mr. Trump || he had seen Mr. Cruz’s remarks in advance and “let him speak anyway.” || named_person
said || Aides to Mr. Cruz || he had never promised to endorse the nominee || anonymous
said || Several Texas delegates || they were embarrassed by the reaction in the hall || anonymous
said || Carol Jensen, a delegate from Houston || “He kept his word to the voters, not to a man,” || named_person
said || Gov. Chris Christie of New Jersey || Mr. Cruz’s speech was “awful” and “selfish.” || named_person
believe || Mr. Cruz’s allies || the speech positions him for a 2020 campaign if Mr. Trump loses in November || anonymous
said || Mr. Cruz || he was “not in the habit of supporting people who attack my wife and my father.” || named_person
found || A CNN/ORC poll taken before the convention || 38 percent of Republicans wanted someone other than Mr. Trump as the nominee || document
reported || The Texas Tribune || several major Cruz donors had stopped returning calls from his political team || media
was announced || - || Ivanka Trump would introduce her father before his acceptance speech || unknown
""")

# ---------------------------------------------------------------- h10
art("h10", [
    "Pence and Kaine Trade Barbs Over Tax Returns and Russia",
    "FARMVILLE, Va. — Senator Tim Kaine of Virginia said at the vice-presidential debate on Tuesday that Donald J. Trump was hiding something by refusing to release his tax returns.",
    "“Donald Trump has never shown a single year,” Mr. Kaine said. “What is he hiding?”",
    "Gov. Mike Pence of Indiana countered that Mr. Trump had used the tax code “just like every other business in America.” The governor also said Mrs. Clinton’s foundation had accepted money from foreign governments while she was secretary of state.",
    "A CNN/ORC poll of debate watchers found that 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine.",
    "Democrats argued that Mr. Pence had spent the night defending positions his running mate did not hold. Jennifer Palmieri, the Clinton campaign’s communications director, told reporters in the spin room that Mr. Pence “auditioned for 2020 tonight.” Mr. Trump wrote on Twitter that his running mate was “doing great” and that Mr. Kaine was “a liar.”",
    "On Russia, Mr. Kaine said Mr. Trump admired President Vladimir V. Putin’s authoritarian style. Mr. Pence said Mr. Putin was “a small and bullying leader” and that the United States should be prepared to strike Syrian government targets.",
    "That answer appeared to break with Mr. Trump. The Republican nominee has said the United States should work with Russia against the Islamic State. Kellyanne Conway, Mr. Trump’s campaign manager, said in an interview on MSNBC that there was “no daylight” between the two men.",
    "Several Republican strategists said privately that Mr. Pence’s steady performance would calm nervous donors. “He was the adult on the stage,” one said.",
    "Frank Luntz, a Republican pollster, said undecided voters in his focus group found Mr. Kaine “rude and rehearsed.” A fact check by The Washington Post found that both men made several false or misleading claims over the 90 minutes.",
], """
said || Senator Tim Kaine of Virginia || Donald J. Trump was hiding something by refusing to release his tax returns || named_person
said || Mr. Kaine || “Donald Trump has never shown a single year,” ## “What is he hiding?” || named_person
countered || Gov. Mike Pence of Indiana || Mr. Trump had used the tax code “just like every other business in America.” || named_person
also said || The governor || Mrs. Clinton’s foundation had accepted money from foreign governments while she was secretary of state || named_person
found || A CNN/ORC poll of debate watchers || 48 percent thought Mr. Pence had won, compared with 42 percent for Mr. Kaine || document
argued || Democrats || Mr. Pence had spent the night defending positions his running mate did not hold || named_org
told || Jennifer Palmieri, the Clinton campaign’s communications director || Mr. Pence “auditioned for 2020 tonight.” || named_person
wrote || Mr. Trump || his running mate was “doing great” and that Mr. Kaine was “a liar.” || named_person
said || Mr. Kaine || Mr. Trump admired President Vladimir V. Putin’s authoritarian style || named_person
said || Mr. Pence || Mr. Putin was “a small and bullying leader” and that the United States should be prepared to strike Syrian government targets || named_person
has said || The Republican nominee || the United States should work with Russia against the Islamic State || named_person
said || Kellyanne Conway, Mr. Trump’s campaign manager || there was “no daylight” between the two men || named_person
said || Several Republican strategists || Mr. Pence’s steady performance would calm nervous donors || anonymous
said || one || “He was the adult on the stage,” || anonymous
said || Frank Luntz, a Republican pollster || undecided voters in his focus group found Mr. Kaine “rude and rehearsed.” || named_person
found || A fact check by The Washington Post || both men made several false or misleading claims over the 90 minutes || media
""")

# ---------------------------------------------------------------- h11
art("h11", [
    "Snyder Apologizes Again as Flint Water Emails Are Released",
    "LANSING, Mich. — Gov. Rick Snyder of Michigan said on Wednesday that he was “deeply sorry” for the state’s handling of the water crisis in Flint. The emails, released by his office on Wednesday, show that state environmental officials were warned about lead in the city’s water as early as February 2015.",
    "“I let the people of Flint down,” Mr. Snyder told reporters at the Capitol. “I will keep working until this is fixed.”",
    "Flint’s mayor, Karen Weaver, said the apology was “not enough” without money to replace the city’s lead pipes.",
    "In one message, a Department of Environmental Quality spokesman wrote that residents complaining about the water were “a vocal minority.”",
    "State Senator Jim Ananich of Flint, the Senate’s Democratic leader, called for Mr. Snyder’s resignation. “The governor’s apology does not clean a single pipe,” he said. The governor’s spokesman, Ari Adler, said Mr. Snyder had no plans to step down.",
    "Federal prosecutors are investigating, and the state attorney general, Bill Schuette, said last month that charges against individual officials were “possible.” The Environmental Protection Agency has said it should have intervened sooner.",
    "The report of an independent task force appointed by the governor concluded in March that the state environmental agency bore “primary responsibility” for the crisis.",
    "Residents interviewed on Wednesday said they still did not trust the water coming from their taps. “We drink bottled water, we cook with bottled water, we bathe the baby in bottled water,” said Melissa Mays, a mother of three.",
    "The Detroit Free Press reported that the state had spent about $67 million on the crisis so far. President Obama has said the crisis was “a man-made disaster.”",
    "Some Republicans in Lansing worry that the crisis will hurt the party in legislative races in November.",
], """
said || Gov. Rick Snyder of Michigan || he was “deeply sorry” for the state’s handling of the water crisis in Flint || named_person
show || The emails, released by his office on Wednesday || state environmental officials were warned about lead in the city’s water as early as February 2015 || document
told || Mr. Snyder || “I let the people of Flint down,” ## “I will keep working until this is fixed.” || named_person
said || Flint’s mayor, Karen Weaver || the apology was “not enough” without money to replace the city’s lead pipes || named_person
wrote || a Department of Environmental Quality spokesman || residents complaining about the water were “a vocal minority.” || anonymous
called for || State Senator Jim Ananich of Flint, the Senate’s Democratic leader || Mr. Snyder’s resignation || named_person
said || he || “The governor’s apology does not clean a single pipe,” || named_person
said || The governor’s spokesman, Ari Adler || Mr. Snyder had no plans to step down || named_person
said || the state attorney general, Bill Schuette || charges against individual officials were “possible.” || named_person
has said || The Environmental Protection Agency || it should have intervened sooner || named_org
concluded || The report of an independent task force appointed by the governor || the state environmental agency bore “primary responsibility” for the crisis || document
said || Residents interviewed on Wednesday || they still did not trust the water coming from their taps || anonymous
said || Melissa Mays, a mother of three || “We drink bottled water, we cook with bottled water, we bathe the baby in bottled water,” || named_person
reported || The Detroit Free Press || the state had spent about $67 million on the crisis so far || media
has said || President Obama || the crisis was “a man-made disaster.” || named_person
worry || Some Republicans in Lansing || the crisis will hurt the party in legislative races in November || anonymous
""")

# ---------------------------------------------------------------- h12
art("h12", [
    "Clinton Holds Edge in Pennsylvania as Trump Pushes Rust Belt Strategy",
    "PHILADELPHIA — A new Franklin & Marshall College poll released on Thursday shows Hillary Clinton leading Donald J. Trump by seven percentage points among likely voters in Pennsylvania.",
    "The survey found that Mrs. Clinton had a large lead in the Philadelphia suburbs, while Mr. Trump was running ahead of past Republican nominees in the western part of the state. “The suburbs are where this election is being decided,” said G. Terry Madonna, the poll’s director.",
    "Mr. Trump has said that Pennsylvania is central to his path to victory. At a rally in Altoona on Wednesday, he said the state’s voters were “tired of being forgotten.” Kellyanne Conway, his campaign manager, told reporters that internal polling showed a “much closer race” than public surveys suggested.",
    "The Clinton campaign has spent more than $10 million on television advertising in the state, according to Advertising Analytics, a firm that tracks ad spending. Robby Mook, Mrs. Clinton’s campaign manager, said on Thursday that the campaign would “not take one vote for granted.”",
    "Mrs. Clinton’s advisers believe that strong turnout among black voters in Philadelphia will offset Mr. Trump’s gains elsewhere. Some Democratic officials in the state worry that enthusiasm is lower than it was for President Obama in 2012.",
    "“People like her, but they don’t love her,” said one Democratic ward leader in North Philadelphia, who requested anonymity to speak candidly about the campaign.",
    "Senator Patrick J. Toomey, the Republican incumbent, has declined to say whether he will vote for Mr. Trump. A Toomey spokesman, Ted Kwong, said the senator was “focused on his own race.”",
    "The Philadelphia Inquirer reported on Wednesday that the Republican National Committee had sent dozens of additional staff members into the state. Sean Spicer, the R.N.C.’s chief strategist, said the party’s ground game in Pennsylvania was “the strongest it has ever been.”",
    "According to a FiveThirtyEight forecast, Mrs. Clinton has about a 78 percent chance of winning the state.",
], """
shows || A new Franklin & Marshall College poll released on Thursday || Hillary Clinton leading Donald J. Trump by seven percentage points among likely voters in Pennsylvania || document
found || The survey || Mrs. Clinton had a large lead in the Philadelphia suburbs, while Mr. Trump was running ahead of past Republican nominees in the western part of the state || document
said || G. Terry Madonna, the poll’s director || “The suburbs are where this election is being decided,” || named_person
has said || Mr. Trump || Pennsylvania is central to his path to victory || named_person
said || he || the state’s voters were “tired of being forgotten.” || named_person
told || Kellyanne Conway, his campaign manager || internal polling showed a “much closer race” than public surveys suggested || named_person
according to || Advertising Analytics, a firm that tracks ad spending || The Clinton campaign has spent more than $10 million on television advertising in the state || named_org
said || Robby Mook, Mrs. Clinton’s campaign manager || the campaign would “not take one vote for granted.” || named_person
believe || Mrs. Clinton’s advisers || strong turnout among black voters in Philadelphia will offset Mr. Trump’s gains elsewhere || anonymous
worry || Some Democratic officials in the state || enthusiasm is lower than it was for President Obama in 2012 || anonymous
said || one Democratic ward leader in North Philadelphia || “People like her, but they don’t love her,” || anonymous
said || A Toomey spokesman, Ted Kwong || the senator was “focused on his own race.” || named_person
reported || The Philadelphia Inquirer || the Republican National Committee had sent dozens of additional staff members into the state || media
said || Sean Spicer, the R.N.C.’s chief strategist || the party’s ground game in Pennsylvania was “the strongest it has ever been.” || named_person
According to || a FiveThirtyEight forecast || Mrs. Clinton has about a 78 percent chance of winning the state || document
""")


# ---------------------------------------------------------------- machinery
def _word_occurrences(text, s):
    pat = re.escape(s)
    if re.match(r"\w", s):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", s):
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _with_context(text, field, doc_id):
    span, ctx = [x.strip() for x in field.split("@@")]
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, (doc_id, "context not unique", ctx, len(occ))
    inner = _word_occurrences(ctx, span)
    assert len(inner) == 1, (doc_id, "span not unique in context", span, ctx)
    s = occ[0] + inner[0][0]
    return (s, s + len(span))


def _unique(text, s, doc_id):
    occ = [m.start() for m in re.finditer(re.escape(s), text)]
    assert len(occ) == 1, (doc_id, "content not unique", s, len(occ))
    return (occ[0], occ[0] + len(s))


def _gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, s, anchor, avoid, doc_id, what):
    occ = [o for o in _word_occurrences(text, s) if not any(_overlaps(o, v) for v in avoid)]
    assert occ, (doc_id, what, "not found", s)
    occ.sort(key=lambda o: (_gap(o, anchor), o[0]))
    if len(occ) > 1:
        assert _gap(occ[0], anchor) < _gap(occ[1], anchor), (doc_id, what, "tie", s)
    return occ[0]


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_annotations(doc_id, text, block):
    atts = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content
        frags = []
        for fr in [f.strip() for f in con_f.split(" ## ")]:
            frags.append(_with_context(text, fr, doc_id) if "@@" in fr else _unique(text, fr, doc_id))
        frags.sort()
        cspan = (frags[0][0], frags[-1][1])
        # cue
        if "@@" in cue_f:
            cue = _with_context(text, cue_f, doc_id)
        else:
            anchor = cspan if len(frags) == 1 else (frags[0][1], frags[1][0])
            cue = _nearest(text, cue_f, anchor, frags, doc_id, "cue")
        assert not any(_overlaps(cue, f) for f in frags), (doc_id, "cue inside content", line)
        # source
        if src_f == "-":
            src = None
        elif "@@" in src_f:
            src = _with_context(text, src_f, doc_id)
        else:
            src = _nearest(text, src_f, cue, frags + [cue], doc_id, "source")
        if src is not None:
            assert not any(_overlaps(src, f) for f in frags + [cue]), (doc_id, "source overlap", line)
        content = _span(text, cspan)
        if len(frags) > 1:
            content["fragments"] = [[a, b] for a, b in frags]
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        if src is None:
            assert typ == "unknown", (doc_id, line)
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def check_text(doc_id, text, idx):
    paras = text.split("\n\n")
    assert "\n" not in "".join(paras), doc_id
    assert len(paras) >= 3, doc_id
    words = len(text.split())
    assert 300 <= words <= 500, (doc_id, "word count", words)
    if idx < 6:
        assert not re.search("[\u201c\u201d\u2018\u2019]", text), (doc_id, "curly quote in straight half")
        assert '"' in text, doc_id
    else:
        assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
        assert "\u201c" in text, doc_id


def build():
    records = []
    for idx, (doc_id, text, block) in enumerate(ARTICLES):
        check_text(doc_id, text, idx)
        atts = parse_annotations(doc_id, text, block)
        assert 10 <= len(atts) <= 18, (doc_id, len(atts))
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is None:
                    continue
                assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, k, sp)
                assert sp["text"] == sp["text"].strip(), (doc_id, k, sp)
            c = a["content"]
            for s, e in c.get("fragments", []):
                assert c["start"] <= s < e <= c["end"]
            assert not c["text"].startswith("that "), (doc_id, c["text"])
            if c["text"].endswith("."):
                raise AssertionError((doc_id, "content ends with bare period", c["text"]))
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(cues) == len(set(cues)), (doc_id, "two attributions share a cue")
        for a in atts:
            spans = [(a["cue"]["start"], a["cue"]["end"])]
            if a["source"]:
                spans.append((a["source"]["start"], a["source"]["end"]))
            spans += [tuple(f) for f in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]])]
            lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
            assert "\n" not in text[lo:hi], (doc_id, "attribution crosses a paragraph", a["cue"])
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert len(records) == 12
    return records


def show(records):
    """Print every attribution in context for checking by eye."""
    for r in records:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C>"), (a["cue"]["end"], "</C>")]
            if a["source"]:
                marks += [(a["source"]["start"], "<S>"), (a["source"]["end"], "</S>")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "[["), (e, "]]")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, lo - 25)
            hi = min(len(t), hi + 25)
            out = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1].startswith("<") and not x[1].startswith("</"))):
                out += t[pos:p] + m
                pos = p
            out += t[pos:hi]
            print("-", a["source_type"], "|", out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind32.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
