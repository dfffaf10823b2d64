#!/usr/bin/env python3
"""Build ``blind9.jsonl``: the ninth batch of blind test articles (session 15).

14 invented investigation and court stories in the style of 2016 New York Times and Washington Post
coverage (people described first and named later, spokespeople named once and described by role
after, pronoun chains across paragraphs), written and annotated by a helper session that never read
claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind9/build_blind9.py [--check] [--show]`` (``--check``: exit 1
if blind9.jsonl is stale; ``--show``: print every attribution in context).

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE may be `null` (no source in the text).
* CONTENT fragments of a discontinuous content are joined with ` ++ `.
* Any span may be written with context: `left [[span]] right` -- the string
  with the brackets removed must occur exactly once in the text, and the span
  is the bracketed part.
* Without context: CONTENT (each fragment) must occur exactly once; the CUE is
  the occurrence (whole word) nearest to the content; the SOURCE is the
  occurrence (whole word) nearest to the cue; neither may overlap the content.

All offsets are computed here; every span is asserted against the text.
Articles i01-i07 use straight quotes, i08-i14 curly quotes (asserted).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------------------
art("i01", """
F.B.I. Reviewing Newly Found Emails Tied to Clinton Aide, Officials Say

WASHINGTON -- Federal agents examining a laptop seized in an unrelated case have found thousands of emails that may bear on the inquiry into Hillary Clinton's private server, law enforcement officials said Friday, a discovery that threw the final days of the presidential race into fresh uncertainty.

The emails were found on a computer shared by Huma Abedin, a longtime aide to Mrs. Clinton, and her estranged husband, according to two people familiar with the investigation, who spoke on the condition of anonymity because the review was still underway.

In a letter to eight congressional committee chairmen, the F.B.I. director, James B. Comey, wrote that the bureau had "learned of the existence of emails that appear to be pertinent" and would take steps to determine whether they contained classified information. He cautioned that the bureau could not yet assess "whether or not this material may be significant."

The letter set off an uproar on Capitol Hill. Representative Jason Chaffetz of Utah, the Republican chairman of the House Oversight Committee, said on Twitter that the case had been "reopened." Democrats said the word was a mischaracterization, and one senior Justice Department official said the director had acted against the department's longstanding guidance on commenting about investigations close to an election.

Speaking to reporters in Des Moines, Mrs. Clinton said the bureau should release "all the information that it has" immediately. "The American people deserve to get the full and complete facts," she said. "It's imperative."

Her campaign chairman, John D. Podesta, said in a statement that the timing was "extraordinary" and that Mr. Comey owed the public a fuller explanation. A person close to the former secretary of state said she was angry but believed the review would turn up nothing new.

Mr. Trump, campaigning in New Hampshire, told supporters that the disclosure showed the inquiry had been rigged from the start. "This is bigger than Watergate," he said.

The F.B.I. declined to comment beyond the letter.
""", """
Say || Officials || F.B.I. Reviewing Newly Found Emails Tied to Clinton Aide || anonymous
said || law enforcement officials || Federal agents examining a laptop seized in an unrelated case have found thousands of emails that may bear on the inquiry into Hillary Clinton's private server || anonymous
according to || two people familiar with the investigation || The emails were found on a computer shared by Huma Abedin, a longtime aide to Mrs. Clinton, and her estranged husband || anonymous
wrote || the F.B.I. director, James B. Comey || the bureau had "learned of the existence of emails that appear to be pertinent" and would take steps to determine whether they contained classified information || named_person
cautioned || He || the bureau could not yet assess "whether or not this material may be significant." || named_person
said || Representative Jason Chaffetz of Utah, the Republican chairman of the House Oversight Committee || the case had been "reopened." || named_person
said || Democrats || the word was a mischaracterization || named_org
said || one senior Justice Department official || the director had acted against the department's longstanding guidance on commenting about investigations close to an election || anonymous
said || Mrs. Clinton || the bureau should release "all the information that it has" immediately || named_person
said || she || "The American people deserve to get the full and complete facts," ++ "It's imperative." || named_person
said || Her campaign chairman, John D. Podesta || the timing was "extraordinary" and that Mr. Comey owed the public a fuller explanation || named_person
said || A person close to the former secretary of state || she was angry but believed the review would turn up nothing new || anonymous
told || Mr. Trump || the disclosure showed the inquiry had been rigged from the start || named_person
said || he || "This is bigger than Watergate," || named_person
""")

# ---------------------------------------------------------------------------
art("i02", """
Judge Orders State Dept. to Speed Release of Clinton Emails

WASHINGTON -- A federal judge in Washington ruled Tuesday that the State Department must move faster to release nearly 15,000 emails that the F.B.I. recovered during its investigation of Hillary Clinton's private server, dealing a setback to the department weeks before the election.

The judge, James E. Boasberg of the Federal District Court for the District of Columbia, wrote that the public interest in the documents was "substantial and time-sensitive." He gave the department until Oct. 14 to propose a faster schedule.

The ruling came in a lawsuit filed by Judicial Watch, a conservative advocacy group that has pursued Mrs. Clinton's records for more than three years. The group's president, Tom Fitton, told reporters outside the courthouse that the order was "a major victory for transparency." He said he expected the first batch to include messages that Mrs. Clinton's lawyers had deleted.

In a filing last month, lawyers for the State Department argued that reviewing the emails for classified material required the help of other agencies and could not be rushed. A department spokeswoman, Elizabeth Trudeau, said Tuesday that the agency was "reviewing the decision" and would comply with the court's direction.

The Clinton campaign has said repeatedly that the emails contain nothing new. "We've been clear that Hillary turned over every work-related email she had," said Brian Fallon, the campaign's press secretary. "Any that the F.B.I. found were either duplicates or personal."

But Republicans on Capitol Hill seized on the order. Speaker Paul D. Ryan said the ruling proved that the department had been "slow-walking" the records to protect the Democratic nominee, and the Senate Judiciary Committee chairman, Charles E. Grassley of Iowa, said he would ask the inspector general to examine the delays.

According to court records, the department has so far released about 1,050 pages from the recovered set. A lawyer for Judicial Watch estimated that, at the current pace, the production would not be finished until 2018.
""", """
ruled || A federal judge in Washington || the State Department must move faster to release nearly 15,000 emails that the F.B.I. recovered during its investigation of Hillary Clinton's private server || named_person
wrote || The judge, James E. Boasberg of the Federal District Court for the District of Columbia || the public interest in the documents was "substantial and time-sensitive." || named_person
told || The group's president, Tom Fitton || the order was "a major victory for transparency." || named_person
said || He || he expected the first batch to include messages that Mrs. Clinton's lawyers had deleted || named_person
argued || lawyers for the State Department || reviewing the emails for classified material required the help of other agencies and could not be rushed || anonymous
said || A department spokeswoman, Elizabeth Trudeau || the agency was "reviewing the decision" and would comply with the court's direction || named_person
has said || The Clinton campaign || the emails contain nothing new || named_org
said || Brian Fallon, the campaign's press secretary || "We've been clear that Hillary turned over every work-related email she had," ++ "Any that the F.B.I. found were either duplicates or personal." || named_person
said || Speaker Paul D. Ryan || the ruling proved that the department had been "slow-walking" the records to protect the Democratic nominee || named_person
said || the Senate Judiciary Committee chairman, Charles E. Grassley of Iowa || he would ask the inspector general to examine the delays || named_person
According to || court records || the department has so far released about 1,050 pages from the recovered set || document
estimated || A lawyer for Judicial Watch || at the current pace, the production would not be finished until 2018 || anonymous
""")

# ---------------------------------------------------------------------------
art("i03", """
Former Aide to Ohio Lawmaker Charged in Straw-Donor Scheme

COLUMBUS, Ohio -- A former top aide to one of Ohio's most powerful state senators was indicted Thursday on charges that he funneled more than $400,000 in illegal contributions through straw donors, federal prosecutors said.

The aide, Gregory L. Marsh, 47, recruited relatives and employees of two road-paving companies to write checks to the senator's campaign and then reimbursed them with company money, the indictment alleges. Mr. Marsh instructed one donor in a text message to "keep this between us," according to the indictment.

The senator, Dale R. Whitcomb, a Republican from Zanesville who leads the chamber's finance committee, has not been charged. In a brief statement, his office said he had "no knowledge whatsoever" of the reimbursements and was cooperating fully with investigators.

The United States attorney for the Southern District of Ohio, Daniel P. Reyes, told reporters that the case was about "protecting the integrity of every election in this state." He would not say whether others were under scrutiny.

Lawyers for Mr. Marsh said in a court filing that he would plead not guilty. One of them, Thomas Kerrigan, said outside the courthouse that his client was "a dedicated public servant who is being made a scapegoat."

The scheme began in 2013, when the paving companies were competing for state highway contracts worth more than $90 million, the indictment says. Investigators believe the donations were timed to coincide with votes on the transportation budget, according to a person briefed on the case.

Democrats quickly said Mr. Whitcomb should step aside from his committee post. "The people of Ohio deserve to know whether contracts were for sale," said Representative Anita Cole, the House minority leader. Republican leaders were more cautious; the Senate president, Keith Dunham, said in a statement that the senator "deserves the presumption of innocence, like anyone else."

A spokeswoman for the Ohio Department of Transportation said the agency had reviewed the contracts and found no irregularities in how they were awarded.
""", """
said || federal prosecutors || A former top aide to one of Ohio's most powerful state senators was indicted Thursday on charges that he funneled more than $400,000 in illegal contributions through straw donors || anonymous
alleges || the indictment || The aide, Gregory L. Marsh, 47, recruited relatives and employees of two road-paving companies to write checks to the senator's campaign and then reimbursed them with company money || document
according to || the indictment || Mr. Marsh instructed one donor in a text message to "keep this between us," || document
said || his office || he had "no knowledge whatsoever" of the reimbursements and was cooperating fully with investigators || named_org
told || The United States attorney for the Southern District of Ohio, Daniel P. Reyes || the case was about "protecting the integrity of every election in this state." || named_person
said || Lawyers for Mr. Marsh || he would plead not guilty || anonymous
said || One of them, Thomas Kerrigan || his client was "a dedicated public servant who is being made a scapegoat." || named_person
says || the indictment || The scheme began in 2013, when the paving companies were competing for state highway contracts worth more than $90 million || document
according to || a person briefed on the case || Investigators believe the donations were timed to coincide with votes on the transportation budget || anonymous
said || Democrats || Mr. Whitcomb should step aside from his committee post || named_org
said || Representative Anita Cole, the House minority leader || "The people of Ohio deserve to know whether contracts were for sale," || named_person
said || the Senate president, Keith Dunham || the senator "deserves the presumption of innocence, like anyone else." || named_person
said || A spokeswoman for the Ohio Department of Transportation || the agency had reviewed the contracts and found no irregularities in how they were awarded || anonymous
""")

# ---------------------------------------------------------------------------
art("i04", """
Comey Tells House Panel Clinton Did Not Lie to F.B.I.

WASHINGTON -- The director of the F.B.I. told a skeptical House committee on Thursday that Hillary Clinton had not lied to investigators, offering a vigorous defense of the bureau's handling of her case before lawmakers from both parties.

"I have no basis to conclude that she lied to the F.B.I.," the director, James B. Comey, said under questioning from the House Oversight and Government Reform Committee. He added that the decision not to recommend charges had been made "without any political thumb on the scale."

Republicans pressed him for nearly five hours. Representative Trey Gowdy of South Carolina, a former federal prosecutor, said several of Mrs. Clinton's public statements about her emails had been "not true."

"Was it true that there was nothing marked classified on her emails, either sent or received?" Mr. Gowdy asked.

Mr. Comey replied that three documents had carried markings indicating classified information. The markings, he said, appeared to have been applied in error, and Mrs. Clinton might not have understood them.

The committee's chairman, Representative Jason Chaffetz of Utah, said the panel would ask the Justice Department to examine whether Mrs. Clinton had misled Congress during her testimony last year. Mr. Comey said the bureau would need a referral before it could look into that question.

Representative Elijah E. Cummings of Maryland, the committee's senior Democrat, thanked Mr. Comey and said the hearing had been called for political reasons. "This is about the election, and everybody in this room knows it," he said.

The Clinton campaign said in a statement that the director's testimony "should put this matter to rest once and for all."

Mr. Comey had spent days preparing for the session and expected hostile questioning, according to a person close to him. The director, the person said, believes the bureau's credibility depends on explaining its work in public.
""", """
Tells || Comey || Clinton Did Not Lie to F.B.I. || named_person
told || The director of the F.B.I. || Hillary Clinton had not lied to investigators || named_person
said || the director, James B. Comey || "I have no basis to conclude that she lied to the F.B.I.," || named_person
added || He || the decision not to recommend charges had been made "without any political thumb on the scale." || named_person
said || Representative Trey Gowdy of South Carolina, a former federal prosecutor || several of Mrs. Clinton's public statements about her emails had been "not true." || named_person
asked || Mr. Gowdy || "Was it true that there was nothing marked classified on her emails, either sent or received?" || named_person
replied || Mr. Comey || three documents had carried markings indicating classified information || named_person
said || he || The markings ++ appeared to have been applied in error, and Mrs. Clinton might not have understood them || named_person
said || The committee's chairman, Representative Jason Chaffetz of Utah || the panel would ask the Justice Department to examine whether Mrs. Clinton had misled Congress during her testimony last year || named_person
said || Mr. Comey || the bureau would need a referral before it could look into that question || named_person
said || Representative Elijah E. Cummings of Maryland, the committee's senior Democrat || the hearing had been called for political reasons || named_person
said || he || "This is about the election, and everybody in this room knows it," || named_person
said || The Clinton campaign || the director's testimony "should put this matter to rest once and for all." || named_org
according to || a person close to him || Mr. Comey had spent days preparing for the session and expected hostile questioning || anonymous
said || the person || [[The director]], the person ++ believes the bureau's credibility depends on explaining its work in public || anonymous
""")

# ---------------------------------------------------------------------------
art("i05", """
Appeals Court Blocks Parts of Wisconsin Voter ID Law

CHICAGO -- A federal appeals court on Monday blocked Wisconsin from enforcing two provisions of its voter identification law in the November election, the latest in a string of courtroom defeats for voting rules passed by Republican legislatures.

In a 2-to-1 decision, a panel of the United States Court of Appeals for the Seventh Circuit said the state could not require voters who lacked a photo ID to return to a county office within three days of casting a provisional ballot. The rule "places a burden on the poorest voters that the state has never justified," Judge Ellen R. Hartman wrote for the majority.

In a dissent, Judge Thomas A. Burkhardt argued that the majority had substituted its own judgment for that of the Legislature. The Legislature, he wrote, had acted well within its authority.

Wisconsin's attorney general, Brad D. Schimel, said in a statement that the state would ask the full appeals court to rehear the case. "We remain confident that the law is constitutional and that it protects every legitimate vote," he said.

The American Civil Liberties Union brought the case on behalf of several voters. Marisa K. Lund, a lawyer with the group, said the ruling would allow thousands of people who had struggled to obtain identification to cast ballots that count. "This is a real victory for voters who have been shut out," she said.

A spokeswoman for Gov. Scott Walker said the governor was disappointed and expected the state to prevail on appeal.

Election officials in Milwaukee said they had begun retraining poll workers, and the state's election commission said it would issue new guidance to county clerks by the end of the week.

Supporters of the law have long argued that it prevents fraud, but a 2014 study by the state's Government Accountability Board found that fewer than 10 cases of in-person impersonation had been referred for prosecution over a decade.
""", """
said || a panel of the United States Court of Appeals for the Seventh Circuit || the state could not require voters who lacked a photo ID to return to a county office within three days of casting a provisional ballot || named_org
wrote || Judge Ellen R. Hartman || The rule "places a burden on the poorest voters that the state has never justified," || named_person
argued || Judge Thomas A. Burkhardt || the majority had substituted its own judgment for that of the Legislature || named_person
wrote || he || [[The Legislature]], he wrote ++ had acted well within its authority || named_person
said || Wisconsin's attorney general, Brad D. Schimel || the state would ask the full appeals court to rehear the case || named_person
said || he || "We remain confident that the law is constitutional and that it protects every legitimate vote," || named_person
said || Marisa K. Lund, a lawyer with the group || the ruling would allow thousands of people who had struggled to obtain identification to cast ballots that count || named_person
said || she || "This is a real victory for voters who have been shut out," || named_person
said || A spokeswoman for Gov. Scott Walker || the governor was disappointed and expected the state to prevail on appeal || anonymous
said || Election officials in Milwaukee || they had begun retraining poll workers || anonymous
said || the state's election commission || it would issue new guidance to county clerks by the end of the week || named_org
have long argued || Supporters of the law || it prevents fraud || anonymous
found || a 2014 study by the state's Government Accountability Board || fewer than 10 cases of in-person impersonation had been referred for prosecution over a decade || document
""")

# ---------------------------------------------------------------------------
art("i06", """
Lynch Says She Will Accept Recommendation in Clinton Email Case

WASHINGTON -- Attorney General Loretta E. Lynch said Friday that she would accept whatever recommendation career prosecutors and F.B.I. agents made in the investigation of Hillary Clinton's private email server, a step meant to quell the uproar over a private meeting she held this week with former President Bill Clinton.

Ms. Lynch, speaking at a conference in Aspen, Colo., acknowledged that the encounter aboard her plane in Phoenix had "cast a shadow" over the department's work. "I certainly wouldn't do it again," she said.

KNXV, a Phoenix television station, reported on Wednesday that the two had met on the tarmac. Justice Department officials said the conversation lasted about 30 minutes and was primarily social, touching on golf and the Clintons' grandchildren.

Her decision to defer to investigators, it was reported Thursday night, had been settled before she arrived in Colorado.

Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the meeting reflected "a stunning lack of judgment" and that a special counsel should be appointed. Donald J. Trump told a radio interviewer that the episode was "so terrible" and proved that the system was "rigged."

The White House press secretary, Josh Earnest, told reporters that President Obama had "complete confidence" in the attorney general. Mr. Earnest said the president had not discussed the meeting with Ms. Lynch.

The F.B.I. is expected to interview Mrs. Clinton within days, The Washington Post reported Friday.

Some Democrats worry that the episode will keep the controversy alive through the party's convention in Philadelphia later this month. Brian Fallon, a spokesman for the Clinton campaign, said Mrs. Clinton had not known about the meeting beforehand. The campaign, he said, remained confident that the review would conclude there was no case.
""", """
Says || Lynch || She Will Accept Recommendation in Clinton Email Case || named_person
said || Attorney General Loretta E. Lynch || she would accept whatever recommendation career prosecutors and F.B.I. agents made in the investigation of Hillary Clinton's private email server || named_person
acknowledged || Ms. Lynch || the encounter aboard her plane in Phoenix had "cast a shadow" over the department's work || named_person
said || she || "I certainly wouldn't do it again," || named_person
reported || KNXV, a Phoenix television station || the two had met on the tarmac || media
said || Justice Department officials || the conversation lasted about 30 minutes and was primarily social, touching on golf and the Clintons' grandchildren || anonymous
was reported || null || Her decision to defer to investigators ++ had been settled before she arrived in Colorado || unknown
said || Senator John Cornyn of Texas, the No. 2 Republican in the Senate || the meeting reflected "a stunning lack of judgment" and that a special counsel should be appointed || named_person
told || Donald J. Trump || the episode was "so terrible" and proved that the system was "rigged." || named_person
told || The White House press secretary, Josh Earnest || President Obama had "complete confidence" in the attorney general || named_person
said || Mr. Earnest || the president had not discussed the meeting with Ms. Lynch || named_person
reported || The Washington Post || The F.B.I. is expected to interview Mrs. Clinton within days || media
worry || Some Democrats || the episode will keep the controversy alive through the party's convention in Philadelphia later this month || anonymous
said || Brian Fallon, a spokesman for the Clinton campaign || Mrs. Clinton had not known about the meeting beforehand || named_person
said || he || The campaign ++ remained confident that the review would conclude there was no case || named_person
""")

# ---------------------------------------------------------------------------
art("i07", """
Pennsylvania Congressman Convicted in Racketeering Case

PHILADELPHIA -- A 22-year veteran of the House was convicted on Tuesday of racketeering, bribery and fraud, capping a five-week trial that laid bare the inner workings of one of the city's most durable political organizations.

The congressman, Walter J. Haskins, a Democrat whose district covers much of West Philadelphia, was found guilty on all 22 counts against him. According to the indictment, Mr. Haskins arranged an illegal $1 million loan to his failed 2007 mayoral campaign and then steered federal grant money through a nonprofit he founded to repay it.

Outside the courthouse, the acting United States attorney, Louis D. Carraway, said the verdict showed that "no one is above the law, no matter how long they have held office."

Mr. Haskins, who did not testify, sat motionless as the verdicts were read. His lawyer, Edwin R. Vogel, told reporters that his client would appeal. The judge, Mr. Vogel argued, had wrongly allowed prosecutors to introduce evidence from an earlier, unrelated inquiry.

Judge Miriam T. Castell of Federal District Court set sentencing for Oct. 4. She said Mr. Haskins could remain free until then but must surrender his passport.

One juror, a retired schoolteacher from Bucks County, said the panel had been persuaded largely by bank records. "The paper trail was just overwhelming," she said. "We kept going back to it." She spoke on the condition that she not be named.

The House Democratic leader, Nancy Pelosi, said in a statement that Mr. Haskins should resign "for the good of the institution and the people he represents." Speaker Paul D. Ryan's office said the House Ethics Committee would take up the matter when Congress returns in September.

The Philadelphia Inquirer reported in 2015 that federal agents had also examined Mr. Haskins's ties to a charter school operator in his district. No charges were filed in that matter.
""", """
According to || the indictment || Mr. Haskins arranged an illegal $1 million loan to his failed 2007 mayoral campaign and then steered federal grant money through a nonprofit he founded to repay it || document
said || the acting United States attorney, Louis D. Carraway || the verdict showed that "no one is above the law, no matter how long they have held office." || named_person
told || His lawyer, Edwin R. Vogel || his client would appeal || named_person
argued || Mr. Vogel || The judge ++ had wrongly allowed prosecutors to introduce evidence from an earlier, unrelated inquiry || named_person
said || She || Mr. Haskins could remain free until then but must surrender his passport || named_person
said || One juror, a retired schoolteacher from Bucks County || the panel had been persuaded largely by bank records || anonymous
said || she || "The paper trail was just overwhelming," ++ "We kept going back to it." || anonymous
said || The House Democratic leader, Nancy Pelosi || Mr. Haskins should resign "for the good of the institution and the people he represents." || named_person
said || Speaker Paul D. Ryan's office || the House Ethics Committee would take up the matter when Congress returns in September || named_org
reported || The Philadelphia Inquirer || federal agents had also examined Mr. Haskins's ties to a charter school operator in his district || media
""")

# ---------------------------------------------------------------------------
art("i08", """
Inside F.B.I., Dissent Over Handling of Clinton Case

WASHINGTON — Some agents who worked on the investigation into Hillary Clinton’s email server have complained privately that senior officials at the F.B.I. moved too quickly to close the case, according to several current and former law enforcement officials.

The agents believe that the bureau should have pressed harder to obtain laptops used by two of Mrs. Clinton’s lawyers and that an immunity deal granted to a former aide was too generous, the officials said.

The director, James B. Comey, has defended the decision in closed-door meetings with agents, people familiar with those discussions said. He told one group in Washington last month that the evidence simply did not support charges.

“I know there are people who are upset,” he said at a conference in Washington in September. “That is what happens when you make a hard call in public.”

A bureau spokesman, Michael P. Kortan, said the director “welcomes disagreement” and that no agent had been discouraged from speaking up. “There is no dissent that has been ignored,” the spokesman said.

The Wall Street Journal reported on Sunday that some agents in the New York field office had also sought to pursue a separate inquiry into the Clinton Foundation, and had been rebuffed by prosecutors.

Senator Charles E. Grassley of Iowa, the Republican chairman of the Judiciary Committee, said the complaints raised “serious questions about whether the fix was in.” He said he would seek the bureau’s internal notes on the case.

A Justice Department official, speaking on the condition of anonymity because the matter involves personnel, said the department stood by the career prosecutors who handled the case. A person close to Mrs. Clinton said her advisers regarded the complaints as an attempt to revive a closed case in the final weeks of the campaign.
""", """
according to || several current and former law enforcement officials || Some agents who worked on the investigation into Hillary Clinton’s email server have complained privately that senior officials at the F.B.I. moved too quickly to close the case || anonymous
said || the officials || The agents believe that the bureau should have pressed harder to obtain laptops used by two of Mrs. Clinton’s lawyers and that an immunity deal granted to a former aide was too generous || anonymous
said || people familiar with those discussions || The director, James B. Comey, has defended the decision in closed-door meetings with agents || anonymous
told || He || the evidence simply did not support charges || named_person
said || he || “I know there are people who are upset,” ++ “That is what happens when you make a hard call in public.” || named_person
said || A bureau spokesman, Michael P. Kortan || the director “welcomes disagreement” and that no agent had been discouraged from speaking up || named_person
said || the spokesman || “There is no dissent that has been ignored,” || named_person
reported || The Wall Street Journal || some agents in the New York field office had also sought to pursue a separate inquiry into the Clinton Foundation, and had been rebuffed by prosecutors || media
said || Senator Charles E. Grassley of Iowa, the Republican chairman of the Judiciary Committee || the complaints raised “serious questions about whether the fix was in.” || named_person
said || He || he would seek the bureau’s internal notes on the case || named_person
said || A Justice Department official || the department stood by the career prosecutors who handled the case || anonymous
said || A person close to Mrs. Clinton || her advisers regarded the complaints as an attempt to revive a closed case in the final weeks of the campaign || anonymous
""")

# ---------------------------------------------------------------------------
art("i09", """
Judge Rejects Trump Campaign’s Challenge to Nevada Early Voting

LAS VEGAS — A state judge in Nevada on Tuesday turned away an effort by Donald J. Trump’s campaign to sequester ballots cast at several Las Vegas polling sites that stayed open late on the last day of early voting, saying the campaign had offered no evidence that any law had been broken.

In a filing on Monday, lawyers for the campaign argued that the polling places, most of them in heavily Latino neighborhoods, had been kept open as long as two hours past their scheduled closing time. The complaint says election workers “allowed voters to join lines” after 7 p.m. on Friday.

The judge, Corinne A. Deluca of Clark County District Court, wrote that the county registrar was already required to preserve the records the campaign sought. “This is not something the court is going to get involved in,” she said from the bench, adding that the names of poll workers should not be made public.

The registrar, Daniel R. Pico, told reporters that it was routine to let people who are already in line cast ballots. County figures showed that more than 57,000 people voted in Clark County on Friday. It was a single-day record.

It was reported on Monday night that Republican observers had photographed voters waiting in line at one of the sites. The registrar said his office would treat the disputed ballots like all others, as state law requires.

“We are going to protect the integrity of the vote in Nevada and everywhere else,” the campaign’s manager, Kellyanne Conway, said on Fox News.

Senator Harry Reid of Nevada, the Democratic leader, said in a statement that the campaign was trying “to intimidate Latino voters and the people who count their ballots.” Democrats believe the surge in early voting has given Hillary Clinton a decisive advantage in the state. Mr. Trump has visited Nevada five times since September.
""", """
saying || A state judge in Nevada || the campaign had offered no evidence that any law had been broken || named_person
argued || lawyers for the campaign || the polling places, most of them in heavily Latino neighborhoods, had been kept open as long as two hours past their scheduled closing time || anonymous
says || The complaint || election workers “allowed voters to join lines” after 7 p.m. on Friday || document
wrote || The judge, Corinne A. Deluca of Clark County District Court || the county registrar was already required to preserve the records the campaign sought || named_person
said || she || “This is not something the court is going to get involved in,” || named_person
adding || [[she]] said from the bench || the names of poll workers should not be made public || named_person
told || The registrar, Daniel R. Pico || it was routine to let people who are already in line cast ballots || named_person
showed || County figures || more than 57,000 people voted in Clark County on Friday || document
was reported || null || Republican observers had photographed voters waiting in line at one of the sites || unknown
said || The registrar || his office would treat the disputed ballots like all others, as state law requires || named_person
said || the campaign’s manager, Kellyanne Conway || “We are going to protect the integrity of the vote in Nevada and everywhere else,” || named_person
said || Senator Harry Reid of Nevada, the Democratic leader || the campaign was trying “to intimidate Latino voters and the people who count their ballots.” || named_person
believe || Democrats || the surge in early voting has given Hillary Clinton a decisive advantage in the state || named_org
""")

# ---------------------------------------------------------------------------
art("i10", """
Albany Lobbyist Charged With Bribing Two State Lawmakers

A lobbyist who for two decades was among the most sought-after power brokers in Albany was charged on Wednesday with funneling more than $700,000 in bribes to two state legislators in exchange for their help with a Brooklyn real estate project, federal prosecutors in Manhattan said.

The lobbyist, Raymond T. Kessler, 61, disguised the payments as consulting fees paid to relatives of the lawmakers, according to a criminal complaint unsealed in Federal District Court. The complaint says that one of the legislators referred to Mr. Kessler in a wiretapped phone call as “the A.T.M.”

Neither lawmaker was named in the complaint, but people familiar with the case said they were Assemblyman Victor L. Ames, a Queens Democrat, and State Senator Joan M. Petrakis of Brooklyn.

“Public office is not a private marketplace,” the United States attorney in Manhattan, Preet Bharara, said at a news conference. He said the investigation was continuing and suggested that more charges were likely.

Mr. Kessler’s lawyer, Howard J. Seligman, said in a statement that his client “has never paid anyone for anything other than honest work” and would be vindicated at trial.

Mr. Ames did not respond to messages. A spokesman for Ms. Petrakis said the senator had done nothing wrong and had cooperated with investigators since the spring.

The New York Times reported in June that the Brooklyn project had received a $40 million tax break over the objections of city planners. Good-government groups have long argued that Albany’s ethics rules invite exactly this kind of arrangement.

Gov. Andrew M. Cuomo told reporters in Buffalo that the charges were “disturbing” and that he would push again for a ban on outside income for legislators. His office later said the governor had no relationship with Mr. Kessler. Campaign finance records show that Mr. Kessler donated $25,000 to Mr. Cuomo’s re-election campaign in 2014.
""", """
said || federal prosecutors in Manhattan || A lobbyist who for two decades was among the most sought-after power brokers in Albany was charged on Wednesday with funneling more than $700,000 in bribes to two state legislators in exchange for their help with a Brooklyn real estate project || anonymous
according to || a criminal complaint unsealed in Federal District Court || The lobbyist, Raymond T. Kessler, 61, disguised the payments as consulting fees paid to relatives of the lawmakers || document
says || The complaint || one of the legislators referred to Mr. Kessler in a wiretapped phone call as “the A.T.M.” || document
said || people familiar with the case || they were Assemblyman Victor L. Ames, a Queens Democrat, and State Senator Joan M. Petrakis of Brooklyn || anonymous
said || the United States attorney in Manhattan, Preet Bharara || “Public office is not a private marketplace,” || named_person
said || He || the investigation was continuing || named_person
suggested || [[He]] said the investigation || more charges were likely || named_person
said || Mr. Kessler’s lawyer, Howard J. Seligman || his client “has never paid anyone for anything other than honest work” and would be vindicated at trial || named_person
said || A spokesman for Ms. Petrakis || the senator had done nothing wrong and had cooperated with investigators since the spring || anonymous
reported || The New York Times || the Brooklyn project had received a $40 million tax break over the objections of city planners || media
have long argued || Good-government groups || Albany’s ethics rules invite exactly this kind of arrangement || anonymous
told || Gov. Andrew M. Cuomo || the charges were “disturbing” and that he would push again for a ban on outside income for legislators || named_person
said || His office || the governor had no relationship with Mr. Kessler || named_org
show || Campaign finance records || Mr. Kessler donated $25,000 to Mr. Cuomo’s re-election campaign in 2014 || document
""")

# ---------------------------------------------------------------------------
art("i11", """
Technician Who Set Up Clinton Server Refuses to Testify

WASHINGTON — The computer specialist who set up and maintained Hillary Clinton’s private email server invoked his Fifth Amendment right against self-incrimination on Tuesday, refusing to answer questions from a House committee that had subpoenaed him.

The specialist, Marcus E. Delane, sat alone at the witness table for about 10 minutes as Representative Jason Chaffetz, the Utah Republican who leads the Oversight Committee, read a list of questions. To each, Mr. Delane replied that he would decline to answer on the advice of counsel.

Mr. Chaffetz said afterward that the committee would consider holding Mr. Delane in contempt. “He has an obligation to appear and he has an obligation to tell the truth,” he told reporters. “We’re not going to let this go.”

Mr. Delane was granted immunity by the Justice Department last year in exchange for his cooperation with the F.B.I., according to people familiar with the investigation. His lawyers, in a letter to the committee last week, argued that the subpoena served “no legitimate legislative purpose” and was an effort to embarrass Mrs. Clinton before the election.

The committee’s senior Democrat, Representative Elijah E. Cummings of Maryland, said the hearing was “a show trial” staged for cameras. He noted that the F.B.I. had already released notes of its interviews with Mr. Delane.

According to those notes, Mr. Delane told agents that he had not been aware of any intrusion into the server, though he acknowledged finding logs that showed repeated attempts to break in from overseas.

The Republican National Committee’s chief strategist, Sean Spicer, said in an email that the refusal “speaks volumes about what the Clintons are hiding.”

A spokesman for Mrs. Clinton’s campaign, Glen Caplin, said the hearing was “yet another partisan attempt” to revive a matter that the F.B.I. had closed. Later, the spokesman added that Mrs. Clinton had “long ago acknowledged” that using a private server was a mistake.

Committee aides said a vote on contempt could come as early as next month.
""", """
replied || Mr. Delane || he would decline to answer on the advice of counsel || named_person
said || Mr. Chaffetz || the committee would consider holding Mr. Delane in contempt || named_person
told || he || “He has an obligation to appear and he has an obligation to tell the truth,” ++ “We’re not going to let this go.” || named_person
according to || people familiar with the investigation || Mr. Delane was granted immunity by the Justice Department last year in exchange for his cooperation with the F.B.I. || anonymous
argued || His lawyers || the subpoena served “no legitimate legislative purpose” and was an effort to embarrass Mrs. Clinton before the election || anonymous
said || The committee’s senior Democrat, Representative Elijah E. Cummings of Maryland || the hearing was “a show trial” staged for cameras || named_person
noted || He || the F.B.I. had already released notes of its interviews with Mr. Delane || named_person
According to || those notes || Mr. Delane told agents that he had not been aware of any intrusion into the server, though he acknowledged finding logs that showed repeated attempts to break in from overseas || document
said || The Republican National Committee’s chief strategist, Sean Spicer || the refusal “speaks volumes about what the Clintons are hiding.” || named_person
said || A spokesman for Mrs. Clinton’s campaign, Glen Caplin || the hearing was “yet another partisan attempt” to revive a matter that the F.B.I. had closed || named_person
added || the spokesman || Mrs. Clinton had “long ago acknowledged” that using a private server was a mistake || named_person
said || Committee aides || a vote on contempt could come as early as next month || anonymous
""")

# ---------------------------------------------------------------------------
art("i12", """
Judge Orders Trump Foundation to Turn Over Records

A state judge in Manhattan ruled on Thursday that Donald J. Trump’s charitable foundation must turn over years of financial records to the New York attorney general, dealing a setback to the Republican nominee’s effort to keep the documents from investigators.

The judge, Justice Harold M. Vance of State Supreme Court, wrote in a 14-page decision that the foundation had “offered no credible reason” for withholding the records. The attorney general, Eric T. Schneiderman, requested them in September, shortly after The Washington Post reported that the foundation had used charitable money to settle legal disputes involving Mr. Trump’s businesses.

In a filing last month, lawyers for the foundation argued that the inquiry was politically motivated and that Mr. Schneiderman, a Democrat who has endorsed Hillary Clinton, should step aside.

“The court sees nothing in the record to suggest that the attorney general is acting in bad faith,” the judge wrote. He added that the attorney general’s office had “every right” to examine how the foundation spent its money.

A spokesman for Mr. Schneiderman, Neal Whitford, said the office was pleased with the decision. “The foundation told us it was ‘fully compliant,’ and now we will be able to see for ourselves,” the spokesman said.

Mr. Trump’s spokeswoman, Hope Hicks, said the ruling was “another example of a politically driven investigation” and that the foundation would appeal.

Mr. Trump has said repeatedly that the foundation does important work and that he has given it millions of dollars of his own money. Tax filings show, however, that he has not donated to it since 2008.

Two people briefed on the inquiry said investigators were focusing on whether the foundation had used its money to benefit Mr. Trump or his companies, which would violate state law. Legal experts said the ruling was unlikely to be overturned on appeal.
""", """
ruled || A state judge in Manhattan || Donald J. Trump’s charitable foundation must turn over years of financial records to the New York attorney general || named_person
wrote || The judge, Justice Harold M. Vance of State Supreme Court || the foundation had “offered no credible reason” for withholding the records || named_person
reported || The Washington Post || the foundation had used charitable money to settle legal disputes involving Mr. Trump’s businesses || media
argued || lawyers for the foundation || the inquiry was politically motivated and that Mr. Schneiderman, a Democrat who has endorsed Hillary Clinton, should step aside || anonymous
wrote || the judge || “The court sees nothing in the record to suggest that the attorney general is acting in bad faith,” || named_person
added || He || the attorney general’s office had “every right” to examine how the foundation spent its money || named_person
said || A spokesman for Mr. Schneiderman, Neal Whitford || the office was pleased with the decision || named_person
said || the spokesman || “The foundation told us it was ‘fully compliant,’ and now we will be able to see for ourselves,” || named_person
said || Mr. Trump’s spokeswoman, Hope Hicks || the ruling was “another example of a politically driven investigation” and that the foundation would appeal || named_person
has said || Mr. Trump || the foundation does important work and that he has given it millions of dollars of his own money || named_person
show || Tax filings || he has not donated to it since 2008 || document
said || Two people briefed on the inquiry || investigators were focusing on whether the foundation had used its money to benefit Mr. Trump or his companies, which would violate state law || anonymous
said || Legal experts || the ruling was unlikely to be overturned on appeal || anonymous
""")

# ---------------------------------------------------------------------------
art("i13", """
Reid Accuses F.B.I. Director of Withholding Information on Russia

WASHINGTON — The Senate’s top Democrat accused the director of the F.B.I. on Sunday of sitting on “explosive information” about ties between Donald J. Trump’s advisers and the Russian government while publicizing the bureau’s renewed look at Hillary Clinton’s emails.

In a letter to the director, James B. Comey, Senator Harry Reid of Nevada wrote that Mr. Comey may have broken the Hatch Act. The law bars federal officials from using their positions to influence elections. “Your actions in recent months have demonstrated a disturbing double standard,” the letter said.

Mr. Reid did not offer evidence for his assertions, and a senior law enforcement official said the bureau had found no direct link between Mr. Trump and the Russian government. According to The Times, investigators examined a computer server at Trump Tower that had communicated with a Russian bank but concluded it was most likely used for marketing emails.

The Clinton campaign quickly seized on the letter. Its campaign manager, Robby Mook, told reporters on a conference call that the F.B.I. should “hold itself to one standard.” He said Mr. Comey owed the public an explanation of what the bureau knew about Russia’s role in hacking Democratic emails.

Clinton aides believe the director’s letter to Congress on Friday has cost her support among undecided voters. A Washington Post-ABC News tracking poll released Sunday found that 34 percent of likely voters said the new inquiry made them less likely to support Mrs. Clinton.

Reince Priebus, the chairman of the Republican National Committee, said Mr. Reid’s letter was “a desperate attempt to change the subject.” Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate, said at a rally in Florida that voters had already “seen enough of the F.B.I. in this election.”

A bureau spokesman said only that the director had received the letter.
""", """
Accuses || Reid || Withholding Information on Russia || named_person
accused || The Senate’s top Democrat || sitting on “explosive information” about ties between Donald J. Trump’s advisers and the Russian government while publicizing the bureau’s renewed look at Hillary Clinton’s emails || named_person
wrote || Senator Harry Reid of Nevada || Mr. Comey may have broken the Hatch Act || named_person
said || the letter || “Your actions in recent months have demonstrated a disturbing double standard,” || document
said || a senior law enforcement official || the bureau had found no direct link between Mr. Trump and the Russian government || anonymous
According to || The Times || investigators examined a computer server at Trump Tower that had communicated with a Russian bank but concluded it was most likely used for marketing emails || media
told || Its campaign manager, Robby Mook || the F.B.I. should “hold itself to one standard.” || named_person
said || He || Mr. Comey owed the public an explanation of what the bureau knew about Russia’s role in hacking Democratic emails || named_person
believe || Clinton aides || the director’s letter to Congress on Friday has cost her support among undecided voters || anonymous
found || A Washington Post-ABC News tracking poll released Sunday || 34 percent of likely voters said the new inquiry made them less likely to support Mrs. Clinton || document
said || Reince Priebus, the chairman of the Republican National Committee || Mr. Reid’s letter was “a desperate attempt to change the subject.” || named_person
said || Senator Tim Kaine of Virginia, Mrs. Clinton’s running mate || voters had already “seen enough of the F.B.I. in this election.” || named_person
said || A bureau spokesman || the director had received the letter || anonymous
""")

# ---------------------------------------------------------------------------
art("i14", """
Judge Dismisses Delegates’ Suit Over Convention Rules

RICHMOND, Va. — A federal judge on Monday threw out a lawsuit brought by a group of Republican delegates over rules that bind them to Donald J. Trump at next week’s national convention, dealing a blow to the dwindling movement to deny him the party’s nomination.

The judge, Stephen R. Whitlock of Federal District Court in Richmond, wrote that the delegates had not shown that Virginia’s law binding them to the results of the state’s primary had harmed them in a way the court could remedy. He added that the party itself remained free to change its rules.

A lawyer for the delegates said after the ruling that they would not appeal and would instead take their fight to the convention’s rules committee. “The judge told us the party can decide this for itself, and that is exactly what we intend to ask it to do,” said the lawyer, Curtis J. Bramble. He represents 14 delegates from Virginia and several other states.

The Republican National Committee said in a statement that it was pleased with the decision and that delegates would be “bound by the rules as written.” The party’s chairman, Reince Priebus, told reporters in Cleveland that the effort had “no chance whatsoever.” The convention, he said, would leave Cleveland “more unified than people expect.”

Mr. Trump’s campaign chairman, Paul Manafort, said the dissident delegates were “a handful of malcontents” who had been “rejected by the voters.”

Still, several Trump aides worry that a floor fight, even a losing one, would overshadow the nominee’s acceptance speech. A survey of delegates by The Associated Press found that about 60 of the 2,472 delegates favored freeing delegates to vote as they wished.

Senator Ted Cruz of Texas, whose supporters make up many of the dissidents, has not endorsed Mr. Trump. A person close to the senator said Mr. Cruz had played no role in the lawsuit and did not intend to raise the issue in his speech to the convention.
""", """
wrote || The judge, Stephen R. Whitlock of Federal District Court in Richmond || the delegates had not shown that Virginia’s law binding them to the results of the state’s primary had harmed them in a way the court could remedy || named_person
added || He || the party itself remained free to change its rules || named_person
said || A lawyer for the delegates || they would not appeal and would instead take their fight to the convention’s rules committee || named_person
said || the lawyer, Curtis J. Bramble || “The judge told us the party can decide this for itself, and that is exactly what we intend to ask it to do,” || named_person
said || The Republican National Committee || it was pleased with the decision and that delegates would be “bound by the rules as written.” || named_org
told || The party’s chairman, Reince Priebus || the effort had “no chance whatsoever.” || named_person
said || he || The convention ++ would leave Cleveland “more unified than people expect.” || named_person
said || Mr. Trump’s campaign chairman, Paul Manafort || the dissident delegates were “a handful of malcontents” who had been “rejected by the voters.” || named_person
worry || several Trump aides || a floor fight, even a losing one, would overshadow the nominee’s acceptance speech || anonymous
found || A survey of delegates by The Associated Press || about 60 of the 2,472 delegates favored freeing delegates to vote as they wished || document
said || A person close to the senator || Mr. Cruz had played no role in the lawsuit and did not intend to raise the issue in his speech to the convention || anonymous
""")


# ---------------------------------------------------------------------------
# span location
def _word_ok(text, s, e, needle):
    if needle[:1].isalnum() and s > 0 and text[s - 1].isalnum():
        return False
    return not (needle[-1:].isalnum() and e < len(text) and text[e].isalnum())


def _occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        if _word_ok(text, i, i + len(needle), needle):
            out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


_SENT_END = re.compile(r"[.?!][\"”’]?\s")


def _gap(span, rng, text=""):
    """Characters between span and rng; crossing a sentence end costs 10000."""
    if span[1] <= rng[0]:
        a, b = span[1], rng[0]
    elif span[0] >= rng[1]:
        a, b = rng[1], span[0]
    else:
        return 0
    # look two characters back so that a period closing the left span counts
    crosses = _SENT_END.search(text[max(0, a - 2):b]) if text else None
    return (b - a) + (10000 if crosses else 0)


def locate(text, spec, near=None, exclude=(), what="span"):
    spec = spec.strip()
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", spec, re.S)
    if m:
        left, mid, right = m.groups()
        ctx = left + mid + right
        occ = [o for o in _occurrences(text, ctx)]
        assert len(occ) == 1, f"{what}: context {ctx!r} occurs {len(occ)} times"
        s = occ[0][0] + len(left)
        return (s, s + len(mid))
    occ = [o for o in _occurrences(text, spec) if not any(_overlaps(o, x) for x in exclude)]
    assert occ, f"{what}: {spec!r} not found"
    if near is None:
        assert len(occ) == 1, f"{what}: {spec!r} occurs {len(occ)} times; give context"
        return occ[0]
    occ.sort(key=lambda o: _gap(o, near, text))
    if len(occ) > 1:
        assert _gap(occ[0], near, text) < _gap(occ[1], near, text), f"{what}: tie for {spec!r}"
    return occ[0]


def span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_ann(text, ann, doc_id):
    atts = []
    for line in ann.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ}"
        frags = [locate(text, f, what=f"{doc_id} content") for f in con_s.split(" ++ ")]
        for a, b in zip(frags, frags[1:], strict=False):
            assert a[1] <= b[0], f"{doc_id}: fragments out of order in {line!r}"
        rng = (frags[0][0], frags[-1][1])
        cue = locate(text, cue_s, near=rng, exclude=frags, what=f"{doc_id} cue")
        if src_s == "null":
            src = None
            assert typ == "unknown"
        else:
            src = locate(text, src_s, near=cue, exclude=frags + [cue], what=f"{doc_id} source")
        content = span(text, rng[0], rng[1])
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        atts.append({
            "cue": span(text, *cue),
            "source": span(text, *src) if src else None,
            "content": content,
            "source_type": typ,
        })
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def check_record(rec, idx):
    text = rec["text"]
    straight = idx < 7
    if straight:
        assert not any(c in text for c in "“”‘’"), f"{rec['doc_id']}: curly quote in straight half"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{rec['doc_id']}: straight quote in curly half"
        assert "“" in text and "’" in text
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{rec['doc_id']}: headline + blank line"
    body_words = len(text.split())
    assert 250 <= body_words <= 400, f"{rec['doc_id']}: {body_words} words"
    cues = set()
    for a in rec["attributions"]:
        for k in ("cue", "source", "content"):
            sp = a[k]
            if sp is None:
                continue
            assert text[sp["start"]:sp["end"]] == sp["text"], (rec["doc_id"], k, sp)
            assert sp["text"] == sp["text"].strip(), (rec["doc_id"], k, sp)
        c = a["content"]
        for s, e in c.get("fragments", []):
            assert text[s:e].strip() == text[s:e]
        ct = c["text"]
        assert not ct.lower().startswith("that "), (rec["doc_id"], ct)
        assert not ct.endswith((".", ",", ";")) or ct.endswith(("”", '"')) or ct.endswith(("F.B.I.",)), (rec["doc_id"], ct)
        if a["source"] is not None:
            st = a["source"]["text"]
            assert not st.endswith(",") and (not st.endswith(".") or st.endswith("F.B.I.")), (rec["doc_id"], st)
            assert not _overlaps((a["source"]["start"], a["source"]["end"]), (a["cue"]["start"], a["cue"]["end"]))
        key = (a["cue"]["start"], a["cue"]["end"])
        assert key not in cues, f"{rec['doc_id']}: duplicate cue {a['cue']}"
        cues.add(key)
        frs = c.get("fragments", [[c["start"], c["end"]]])
        for s, e in frs:
            assert not _overlaps((s, e), key), (rec["doc_id"], a)
            if a["source"]:
                assert not _overlaps((s, e), (a["source"]["start"], a["source"]["end"])), (rec["doc_id"], a)


def build():
    recs = []
    for idx, (doc_id, text, ann) in enumerate(ARTICLES):
        rec = {"doc_id": doc_id, "text": text, "split": "blind",
               "attributions": parse_ann(text, ann, doc_id)}
        check_record(rec, idx)
        recs.append(rec)
    assert [r["doc_id"] for r in recs] == [f"i{i:02d}" for i in range(1, 15)]
    return recs


def show(recs):
    """Print every span in context for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            c, s = a["cue"], a["source"]
            ctx = t[max(0, c["start"] - 40):c["start"]] + "<<" + c["text"] + ">>" + t[c["end"]:c["end"] + 40]
            print(" CUE", repr(ctx).replace("\\n", " "))
            if s:
                sctx = t[max(0, s["start"] - 25):s["start"]] + "[" + s["text"] + "]" + t[s["end"]:s["end"] + 25]
                print("  SRC", a["source_type"], repr(sctx))
            else:
                print("  SRC None", a["source_type"])
            frs = a["content"].get("fragments")
            if frs:
                print("  CON", " ++ ".join(repr(t[x:y]) for x, y in frs))
            else:
                print("  CON", repr(a["content"]["text"]))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind9.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
