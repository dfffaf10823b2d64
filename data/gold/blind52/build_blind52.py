#!/usr/bin/env python3
"""Build ``blind52.jsonl``: the fifty-second batch of blind test articles (session 17).

12 invented foreign and security stories in wire style (capitals, ministries, state news
agencies, unnamed diplomats, monitoring groups), each with 12-15 attributions, written and
annotated by a helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind52/build_blind52.py [--check]`` (``--check``: exit 1 if
blind52.jsonl is stale).

The helper's own notes on the format follow.

Blind test set blind52: 12 invented foreign/security news articles (2016 wire style)
with hand-annotated attributions in a PolNeAR-like format.

Annotation line format (one attribution per line, inside each article's ANN block):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (null source).
* Any field may be written "PHRASE ## CONTEXT": CONTEXT is a string that occurs exactly once
  in the text and contains PHRASE exactly once; the span is that occurrence of PHRASE.
* CONTENT may be written "START ~~ END": the span runs from the (unique) occurrence of START
  to the end of the first occurrence of END after it.
* A discontinuous CONTENT has fragments separated by " ++ "; each fragment is resolved as above.
* Without "##", a CONTENT fragment must occur exactly once in the text; a CUE is the occurrence
  (outside the content fragments) nearest to the content; a SOURCE is the occurrence (outside
  the content fragments and the cue) nearest to the cue. Ties raise an error.
* Matches of cue/source/content must sit on word boundaries.

All offsets are computed here; nothing is typed by hand.  Run:  python3 build_blind52.py
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind52.jsonl")
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------------------
# t201-t206: straight quotes
# ---------------------------------------------------------------------------

art("t201", """
Syria Truce Talks Stall in Geneva as Aleppo Violence Surges

GENEVA (Wire) — Talks aimed at reviving a nationwide cease-fire in Syria broke up without agreement on Tuesday amid a surge of violence around Aleppo, the country's largest city.

The United Nations envoy for Syria, Staffan de Mistura, told reporters after the session that the two sides had "narrowed some gaps but not the ones that matter most." He said he would reconvene the group "within days, not weeks, if the guns allow it."

Russian Foreign Ministry spokeswoman Maria Zakharova said in Moscow that Washington had failed to separate moderate rebels from the Nusra Front, an affiliate of Al Qaeda. "This is the real obstacle to any truce," she said.

"The Russians know exactly where the regime's aircraft are flying and what they are hitting," State Department spokesman John Kirby said at a briefing in Washington. "This is not a mapping problem."

Two Western diplomats who attended the meeting said the Russian delegation had arrived with a new list of demands, including a pause in American airstrikes near the Turkish border. The diplomats spoke on condition of anonymity because the talks were confidential.

The Syrian Observatory for Human Rights, a Britain-based monitoring group, said at least 43 civilians had been killed in government and Russian airstrikes on rebel-held districts of Aleppo since Sunday. The group said rebel shelling had killed 11 people in government-held western neighborhoods over the same period.

Syria's state news agency SANA reported that the army had "restored security and stability" to two villages south of the city.

Syrian opposition negotiators, who have refused to return to the table until aid reaches besieged towns, believe the government is using the talks to buy time, according to a senior member of the High Negotiations Committee.

"We came to Geneva to negotiate the end of the siege, not the terms of our surrender," the committee's spokesman, Farouk Hamdan, said in a statement.

Western officials worry that a collapse of the truce would send a new wave of refugees toward Turkey and Europe at a time when the continent is still struggling to absorb the arrivals of the past year.

The Kremlin said President Vladimir Putin and President Obama had discussed Syria by telephone on Monday and agreed that their diplomats should keep working on "practical steps" to reduce the violence. The White House declined to comment on the call.

The next round of talks has not been scheduled.
""", """
told || The United Nations envoy for Syria, Staffan de Mistura || the two sides had "narrowed some gaps but not the ones that matter most." || named_person
said || He || he would reconvene the group "within days, not weeks, if the guns allow it." || named_person
said || Russian Foreign Ministry spokeswoman Maria Zakharova || Washington had failed to separate moderate rebels from the Nusra Front, an affiliate of Al Qaeda || named_person
said || she || "This is the real obstacle to any truce," || named_person
said || State Department spokesman John Kirby || "The Russians know exactly where the regime's aircraft are flying and what they are hitting," ++ "This is not a mapping problem." || named_person
said || Two Western diplomats who attended the meeting || the Russian delegation had arrived with a new list of demands, including a pause in American airstrikes near the Turkish border || anonymous
said || The Syrian Observatory for Human Rights, a Britain-based monitoring group || at least 43 civilians had been killed in government and Russian airstrikes on rebel-held districts of Aleppo since Sunday || named_org
said || The group || rebel shelling had killed 11 people in government-held western neighborhoods over the same period || named_org
reported || Syria's state news agency SANA || the army had "restored security and stability" to two villages south of the city || media
according to || a senior member of the High Negotiations Committee || Syrian opposition negotiators, who have refused ~~ to buy time || anonymous
said || the committee's spokesman, Farouk Hamdan || "We came to Geneva to negotiate the end of the siege, not the terms of our surrender," || named_person
worry || Western officials || a collapse of the truce would send ~~ arrivals of the past year || anonymous
said || The Kremlin || President Vladimir Putin and President Obama had discussed Syria ~~ "practical steps" to reduce the violence || named_org
""")

art("t202", """
Car Bomb Kills 19 Near Bus Stop in Turkish Capital

ANKARA, Turkey (Wire) — Turkish authorities said on Monday that a car bomb that killed 19 people near a crowded bus stop in the capital had been planted by Kurdish militants, and warplanes struck suspected rebel camps in northern Iraq within hours.

Prime Minister Ahmet Davutoglu said investigators had identified the driver as a member of the Kurdistan Workers' Party, or PKK, who had trained with Kurdish fighters in Syria. "Those who hide behind civilians will find no place to hide from the Turkish state," he told a news conference in Ankara.

The state-run Anadolu Agency reported that 11 suspects had been detained in raids in Ankara and the southeastern city of Diyarbakir, most of them relatives of the suspected bomber.

A PKK commander, Deniz Baran, said in a statement posted on a website close to the group that the organization "does not target civilians." He accused the government of using the bombing to justify its military campaign in the mainly Kurdish southeast.

The newspaper Hurriyet reported that the national intelligence agency had received a warning about a possible attack in the capital two weeks ago and had shared it with the police.

Witnesses said the blast shattered windows several blocks away and set a dozen cars on fire.

"I heard the explosion and then people were running everywhere, covered in glass," said Emre Sahin, a 34-year-old shopkeeper. "Some of them did not know they were bleeding."

A senior Turkish official, speaking on condition of anonymity because he was not authorized to discuss intelligence matters, said the bomb had contained about 300 kilograms of explosives packed into the trunk of a rented sedan.

The attack was the third in Ankara in less than a year. Kemal Kilicdaroglu, the leader of the main opposition Republican People's Party, said the government had "failed to protect its own capital again and again."

Security analysts in Ankara believe the timing of the attack, on the eve of a parliamentary debate over new counterterrorism powers, was deliberate.

In Washington, the State Department said the United States "stands shoulder to shoulder" with its NATO ally against terrorism in all its forms.

Funerals for several of the victims were held on Monday afternoon, and the government declared a day of national mourning. Police closed the square around the bus stop, where mourners left red carnations on the pavement late into the night.
""", """
said || Turkish authorities || a car bomb that killed 19 people near a crowded bus stop in the capital had been planted by Kurdish militants || anonymous
said || Prime Minister Ahmet Davutoglu || investigators had identified the driver ~~ with Kurdish fighters in Syria || named_person
told || he || "Those who hide behind civilians will find no place to hide from the Turkish state," || named_person
reported || The state-run Anadolu Agency || 11 suspects had been detained ~~ relatives of the suspected bomber || media
said || A PKK commander, Deniz Baran || the organization "does not target civilians." || named_person
accused || He || the government of using the bombing to justify its military campaign in the mainly Kurdish southeast || named_person
reported || The newspaper Hurriyet || the national intelligence agency had received a warning ~~ had shared it with the police || media
said || Witnesses || the blast shattered windows several blocks away and set a dozen cars on fire || anonymous
said || Emre Sahin, a 34-year-old shopkeeper || "I heard the explosion and then people were running everywhere, covered in glass," ++ "Some of them did not know they were bleeding." || named_person
said || A senior Turkish official || the bomb had contained about 300 kilograms ~~ trunk of a rented sedan || anonymous
said || Kemal Kilicdaroglu, the leader of the main opposition Republican People's Party || the government had "failed to protect its own capital again and again." || named_person
believe || Security analysts in Ankara || the timing of the attack, on the eve of a parliamentary debate over new counterterrorism powers, was deliberate || anonymous
said || the State Department || the United States "stands shoulder to shoulder" with its NATO ally against terrorism in all its forms || named_org
""")

art("t203", """
Kuczynski Clings to Narrow Lead as Peru Counts Runoff Votes

LIMA, Peru (Wire) — Pedro Pablo Kuczynski held a razor-thin lead over Keiko Fujimori on Monday as officials counted the last ballots from Peru's presidential runoff.

With 98 percent of polling stations counted, the national electoral office, ONPE, said Kuczynski had 50.2 percent of the valid votes to Fujimori's 49.8 percent, a gap of fewer than 60,000 votes.

"We will wait for the last vote with serenity and respect," Kuczynski told supporters from the balcony of his campaign headquarters. "Peru has spoken, and it has spoken for democracy."

Fujimori, the daughter of imprisoned former president Alberto Fujimori, said her party would monitor every tally sheet. "We are not going to let anyone steal the will of the people," she said in a televised address on Monday evening.

An exit poll by Ipsos released on Sunday night had shown Fujimori narrowly ahead, and her supporters had begun celebrating outside her hotel before the official count reversed the order.

Members of Fujimori's Popular Force party believe that a late surge of votes from abroad and from rural highland provinces tipped the race, according to two party officials, who asked not to be named because they were not authorized to speak for the campaign.

The Lima daily El Comercio reported that Kuczynski's lead had grown overnight as ballots arrived from the southern region of Puno.

Veronika Mendoza, the leftist lawmaker who finished third in the first round, said her late endorsement of Kuczynski had been "a vote against fear, not a blank check."

The observer mission of the Organization of American States said it had found no evidence of systematic fraud. The mission's preliminary report noted long lines and shortages of ballot materials in several Amazon districts.

A senior Kuczynski adviser said the campaign had asked its poll watchers to remain at regional counting centers through the end of the week.

It was announced late Monday that the count of overseas ballots would resume on Tuesday morning under the supervision of international observers.

Political analysts in Lima expect the national electoral jury to take weeks to resolve challenges to individual tally sheets, leaving the country without a president-elect well into June.

The winner will take office on July 28 and will face a divided Congress, where Popular Force won an outright majority in April.
""", """
said || the national electoral office, ONPE || Kuczynski had 50.2 percent of the valid votes ~~ fewer than 60,000 votes || named_org
told || Kuczynski || "We will wait for the last vote with serenity and respect," ++ "Peru has spoken, and it has spoken for democracy." || named_person
said || Fujimori, the daughter of imprisoned former president Alberto Fujimori || her party would monitor every tally sheet || named_person
said || she || "We are not going to let anyone steal the will of the people," || named_person
had shown || An exit poll by Ipsos released on Sunday night || Fujimori narrowly ahead || document
according to || two party officials || Members of Fujimori's Popular Force party believe ~~ tipped the race || anonymous
reported || The Lima daily El Comercio || Kuczynski's lead had grown overnight as ballots arrived from the southern region of Puno || media
said || Veronika Mendoza, the leftist lawmaker who finished third in the first round || her late endorsement of Kuczynski had been "a vote against fear, not a blank check." || named_person
said || The observer mission of the Organization of American States || it had found no evidence of systematic fraud || named_org
noted || The mission's preliminary report || long lines and shortages of ballot materials in several Amazon districts || document
said || A senior Kuczynski adviser || the campaign had asked its poll watchers ~~ through the end of the week || anonymous
was announced || - || the count of overseas ballots would resume ~~ supervision of international observers || unknown
expect || Political analysts in Lima || the national electoral jury to take weeks ~~ president-elect well into June || anonymous
""")

art("t204", """
Iran Says It Will Keep Testing Missiles Despite U.S. Sanctions

TEHRAN (Wire) — Iran will not halt its ballistic missile program to satisfy Washington, Foreign Minister Mohammad Javad Zarif said on Wednesday, a day after the United States imposed new sanctions on companies linked to the tests.

"Our missiles are not part of the nuclear agreement and they are not negotiable," Zarif told reporters in Tehran. "They are for defense, and defense is not a matter for Washington to decide."

Gen. Amir Ali Hajizadeh, the commander of the Revolutionary Guards' aerospace division, told state television that two more launches were planned in the coming weeks, according to the official IRNA news agency.

In Washington, State Department spokesman John Kirby said the sanctions were "a direct response to Iran's provocative behavior" and did not affect the nuclear deal, which has been in force since January.

A senior administration official, who briefed reporters on condition that he not be named, said the administration believed the launches violated "the spirit, if not the letter," of a United Nations Security Council resolution that endorsed the agreement.

The International Atomic Energy Agency said in its latest quarterly report that Iran continued to comply with the limits on its nuclear program. The report found that Iran's stockpile of low-enriched uranium stood at about 88 kilograms, well under the 300-kilogram cap set by the deal.

Hard-liners in Tehran seized on the new measures. The hard-line daily Kayhan wrote in an editorial that the Americans "have shown once again that their signature is worth nothing."

Several hard-line lawmakers argue that President Hassan Rouhani gave away too much in the nuclear talks and has received too little in return, as foreign banks remain wary of doing business with Iran.

Rouhani said at a rally in the northern city of Rasht that the economy was already benefiting from the lifting of sanctions.

"We will not allow a few extremists on either side to spoil what the nation has achieved," he said, drawing loud applause from the crowd.

European diplomats in Tehran said they had been assured by Iranian officials that no tests would take place during a visit by the Italian prime minister next month. The diplomats asked not to be identified because the assurances were given privately.

The dispute comes as both governments face domestic pressure over the deal, which critics in Congress and in Iran's parliament have tried to undermine.
""", """
Says || Iran || It Will Keep Testing Missiles Despite U.S. Sanctions || named_org
said || Foreign Minister Mohammad Javad Zarif || Iran will not halt its ballistic missile program to satisfy Washington || named_person
told || Zarif || "Our missiles are not part of the nuclear agreement and they are not negotiable," ++ "They are for defense, and defense is not a matter for Washington to decide." || named_person
according to || the official IRNA news agency || Gen. Amir Ali Hajizadeh, the commander ~~ in the coming weeks || media
said || State Department spokesman John Kirby || the sanctions were "a direct response to Iran's provocative behavior" and did not affect the nuclear deal, which has been in force since January || named_person
said || A senior administration official || the administration believed the launches violated ~~ that endorsed the agreement || anonymous
said || The International Atomic Energy Agency || Iran continued to comply with the limits on its nuclear program || named_org
found || The report || Iran's stockpile of low-enriched uranium ~~ set by the deal || document
wrote || The hard-line daily Kayhan || the Americans "have shown once again that their signature is worth nothing." || media
argue || Several hard-line lawmakers || President Hassan Rouhani gave away too much ~~ doing business with Iran || anonymous
said || Rouhani || the economy was already benefiting from the lifting of sanctions || named_person
said || he || "We will not allow a few extremists on either side to spoil what the nation has achieved," || named_person
said || European diplomats in Tehran || they had been assured by Iranian officials ~~ Italian prime minister next month || anonymous
""")

art("t205", """
Belgian Prosecutors Charge Third Suspect in Brussels Attacks

BRUSSELS (Wire) — Belgian prosecutors on Saturday charged a third man with terrorist murder in connection with the bombings at Brussels Airport and a subway station, as investigators widened their search for accomplices who may have fled to France.

The federal prosecutor's office said in a statement that the suspect, identified only as Abdelkarim B., 29, had been arrested during a raid in the Schaerbeek district on Friday night and that traces of explosives had been found in his apartment. The statement gave no further details.

A spokesman for the prosecutor's office, Joris Verbeke, told reporters the investigation was "moving quickly but far from finished."

The Brussels daily Le Soir reported, citing two police officials, that the man had rented a garage used to store chemicals in the weeks before the attacks.

The French newspaper Le Monde reported that French investigators believe at least one member of the cell traveled to the northern city of Lille in the days after the bombings.

In Paris, Interior Minister Bernard Cazeneuve said France had reinforced checks at its northern border and "will not hesitate to close it" if necessary. "The threat is at its highest level, and it will stay there for a long time," Cazeneuve said in an interview with the radio station RTL.

Belgian officials have been under pressure since the attacks over the handling of one of the bombers, who had been deported from Turkey last year. Prime Minister Charles Michel has acknowledged that mistakes were made in the case. "We made mistakes, and we will explain them to parliament," Justice Minister Koen Geens told lawmakers on Thursday.

Several lawmakers say the government has been too slow to share intelligence among the country's many police forces.

A European counterterrorism official, who spoke on condition of anonymity because the investigation is continuing, said the network behind the attacks was "larger than anyone wanted to believe a month ago."

The Islamic State's news agency, Amaq, said in an online posting on Tuesday that the attackers were "soldiers of the caliphate."

In Schaerbeek, residents said police had cordoned off several streets for most of the night.

"I saw them carry out bags and boxes, many boxes," said Fatima El Amrani, a neighbor. "Nobody here knew who he was."

Thirty-two people were killed in the attacks on March 22, and more than 300 were wounded. The airport's departure hall remains closed.
""", """
said || The federal prosecutor's office || the suspect, identified only as Abdelkarim B., 29, ~~ found in his apartment || named_org
told || A spokesman for the prosecutor's office, Joris Verbeke || the investigation was "moving quickly but far from finished." || named_person
reported || The Brussels daily Le Soir || the man had rented a garage used to store chemicals in the weeks before the attacks || media
citing || The Brussels daily Le Soir || two police officials || media
reported || The French newspaper Le Monde || French investigators believe at least one member ~~ days after the bombings || media
said || Interior Minister Bernard Cazeneuve || France had reinforced checks at its northern border and "will not hesitate to close it" if necessary || named_person
said || Cazeneuve || "The threat is at its highest level, and it will stay there for a long time," || named_person
has acknowledged || Prime Minister Charles Michel || mistakes were made in the case || named_person
told || Justice Minister Koen Geens || "We made mistakes, and we will explain them to parliament," || named_person
say || Several lawmakers || the government has been too slow to share intelligence among the country's many police forces || anonymous
said || A European counterterrorism official || the network behind the attacks was "larger than anyone wanted to believe a month ago." || anonymous
said || The Islamic State's news agency, Amaq || the attackers were "soldiers of the caliphate." || media
said || residents || police had cordoned off several streets for most of the night || anonymous
said || Fatima El Amrani, a neighbor || "I saw them carry out bags and boxes, many boxes," ++ "Nobody here knew who he was." || named_person
""")

art("t206", """
Chinese Jets Shadow U.S. Warship Near Disputed Reef

BEIJING (Wire) — China scrambled fighter jets and dispatched three ships to shadow an American destroyer that sailed within 12 nautical miles of a disputed reef in the South China Sea on Tuesday, the Chinese Defense Ministry said.

Ministry spokesman Yang Yujun said the voyage was "a serious illegal act" and a threat to "peace and stability in the region."

The Foreign Ministry in Beijing said China "firmly opposes" the patrols and would "take all necessary measures to defend its sovereignty and security."

The official Xinhua news agency said in a commentary that the United States was "flexing its muscles" to mask its declining influence in Asia. The state-run Global Times, a nationalist tabloid, warned in an editorial that China should be prepared for "a military confrontation" if the patrols continue.

A Pentagon spokesman, Capt. Jeff Davis, said the operation was routine and had been conducted "in accordance with international law." It was the third such patrol since October.

A U.S. defense official said the Chinese jets had stayed at a safe distance and the encounter had been "professional." The official was not authorized to speak publicly about the operation and spoke on condition of anonymity.

In Manila, the Department of Foreign Affairs said it welcomed "any activity that upholds freedom of navigation and overflight" in the region.

An international tribunal in The Hague will rule in the coming weeks on a case brought by the Philippines over China's activities in the sea. Chinese officials have said repeatedly that Beijing will not accept the tribunal's jurisdiction or its ruling.

Some analysts in Beijing worry that repeated patrols could push China to declare an air defense identification zone over the area, a step that would sharply raise tensions with its neighbors.

Japan's chief cabinet secretary, Yoshihide Suga, told a regular news conference that Tokyo supported the operation.

The Wall Street Journal reported last month that the Navy planned to conduct such patrols about twice a quarter.

China has built seven artificial islands in the Spratly chain over the past two years and has built runways and radar installations on at least three of them. Beijing says the facilities are mainly for civilian purposes.
""", """
said || the Chinese Defense Ministry || China scrambled fighter jets ~~ South China Sea on Tuesday || named_org
said || Ministry spokesman Yang Yujun || the voyage was "a serious illegal act" and a threat to "peace and stability in the region." || named_person
said || The Foreign Ministry in Beijing || China "firmly opposes" the patrols and would "take all necessary measures to defend its sovereignty and security." || named_org
said || The official Xinhua news agency || the United States was "flexing its muscles" to mask its declining influence in Asia || media
warned || The state-run Global Times, a nationalist tabloid || China should be prepared for "a military confrontation" if the patrols continue || media
said || A Pentagon spokesman, Capt. Jeff Davis || the operation was routine and had been conducted "in accordance with international law." || named_person
said || A U.S. defense official || the Chinese jets had stayed at a safe distance and the encounter had been "professional." || anonymous
said || the Department of Foreign Affairs || it welcomed "any activity that upholds freedom of navigation and overflight" in the region || named_org
have said || Chinese officials || Beijing will not accept the tribunal's jurisdiction or its ruling || anonymous
worry || Some analysts in Beijing || repeated patrols could push China ~~ tensions with its neighbors || anonymous
told || Japan's chief cabinet secretary, Yoshihide Suga || Tokyo supported the operation || named_person
reported || The Wall Street Journal || the Navy planned to conduct such patrols about twice a quarter || media
says || Beijing || the facilities are mainly for civilian purposes || named_org
""")

# ---------------------------------------------------------------------------
# t207-t212: curly quotes
# ---------------------------------------------------------------------------

art("t207", """
Ukraine Says Rebels Shelled Frontline Town

KIEV, Ukraine (Wire) — Ukraine’s military said on Sunday that Russian-backed separatists had fired heavy artillery at the government-held town of Avdiivka overnight, killing two soldiers and a civilian, in the worst violation of a cease-fire in weeks.

“They used 122-millimeter guns that should have been withdrawn from the front line a year ago,” said Col. Taras Hrytsenko, a military spokesman, at a briefing in Kiev. “This is not an accident.”

The separatist-run news agency DAN reported that Ukrainian forces had shelled the outskirts of Donetsk first, wounding four residents.

The monitoring mission of the Organization for Security and Cooperation in Europe said in its daily report that its observers had recorded more than 400 explosions in the area on Saturday night. The report noted that monitors had been denied access to two heavy-weapons storage sites in rebel-held territory.

The deputy head of the mission, Erik Lindqvist, told reporters that both sides were “playing a dangerous game with civilians’ lives.”

The Kremlin said President Vladimir Putin had raised the fighting in a telephone call with Chancellor Angela Merkel of Germany and had urged Berlin to press Kiev to abide by its commitments under the Minsk agreements.

“Kiev is sabotaging the peace process, and everyone in Europe can see it,” Dmitry Peskov, Putin’s spokesman, told reporters in Moscow.

President Petro Poroshenko wrote on Twitter that Ukraine would “never trade its land for quiet.”

Western diplomats in Kiev say they fear the fighting could escalate before a meeting of foreign ministers in Berlin next week.

In Avdiivka, residents said the shelling had cut power and water to most of the town.

“We sleep in the basement now, all of us,” said Halyna Kovalenko, 61, a retired teacher. “The children don’t even cry anymore when the guns start.”

A senior NATO official, speaking on condition of anonymity under the alliance’s rules, said Russia had moved additional tanks closer to the border in recent days.

More than 9,000 people have been killed in the conflict since April 2014, according to the United Nations.
""", """
Says || Ukraine || Rebels Shelled Frontline Town || named_org
said || Ukraine’s military || Russian-backed separatists had fired heavy artillery ~~ in the worst violation of a cease-fire in weeks || named_org
said || Col. Taras Hrytsenko, a military spokesman || “They used 122-millimeter guns that should have been withdrawn from the front line a year ago,” ++ “This is not an accident.” || named_person
reported || The separatist-run news agency DAN || Ukrainian forces had shelled the outskirts of Donetsk first, wounding four residents || media
said || The monitoring mission of the Organization for Security and Cooperation in Europe || its observers had recorded more than 400 explosions in the area on Saturday night || named_org
noted || The report || monitors had been denied access to two heavy-weapons storage sites in rebel-held territory || document
told || The deputy head of the mission, Erik Lindqvist || both sides were “playing a dangerous game with civilians’ lives.” || named_person
said || The Kremlin || President Vladimir Putin had raised the fighting ~~ under the Minsk agreements || named_org
told || Dmitry Peskov, Putin’s spokesman || “Kiev is sabotaging the peace process, and everyone in Europe can see it,” || named_person
wrote || President Petro Poroshenko || Ukraine would “never trade its land for quiet.” || named_person
say || Western diplomats in Kiev || they fear the fighting could escalate before a meeting of foreign ministers in Berlin next week || anonymous
said || residents || the shelling had cut power and water to most of the town || anonymous
said || Halyna Kovalenko, 61, a retired teacher || “We sleep in the basement now, all of us,” ++ “The children don’t even cry anymore when the guns start.” || named_person
said || A senior NATO official || Russia had moved additional tanks closer to the border in recent days || anonymous
according to || the United Nations || More than 9,000 people have been killed in the conflict since April 2014 || named_org
""")

art("t208", """
Airstrike on Yemen Market Kills Dozens, Medical Charity Says

SANA, Yemen (Wire) — An airstrike hit a crowded market in northern Yemen on Tuesday, killing at least 41 people, according to Doctors Without Borders, which runs a hospital that received many of the wounded.

The Houthi-run Saba news agency said the strike was carried out by the Saudi-led coalition and that 12 children were among the dead.

A spokesman for the coalition, Brig. Gen. Ahmed al-Asiri, said the coalition “does not target civilians” and would examine what had happened in the town. “We take every report seriously, and we will look into this one,” he told the Saudi-owned channel Al Arabiya.

“We ran out of blood within the first hour,” said Marta Ruiz, the charity’s emergency coordinator in Yemen, by telephone from Sana. She said the hospital had treated 63 wounded people by nightfall, many of them with burns and shrapnel wounds.

The United Nations human rights office said in Geneva that it was “deeply alarmed” by the rising number of civilian casualties in the north.

A report released last month by Amnesty International found that munitions made in the United States and Britain had been used in at least a dozen coalition strikes on civilian sites, including schools and a water plant.

In Washington, a State Department official said the United States had urged the coalition to “take all feasible precautions” to avoid civilian deaths.

Saudi officials have long argued that the Houthis use markets and hospitals as cover for fighters and weapons.

Mohammed Abdulsalam, a spokesman for the Houthi movement, said on Twitter that the strike was “a new massacre that the world watches in silence.”

The strike came as United Nations-sponsored peace talks between the government and the Houthis entered their second month in Kuwait. Two diplomats involved in the talks, who spoke on condition of anonymity because the negotiations are private, said the Houthi delegation had threatened to walk out.

The war has killed more than 6,000 people since March 2015, about half of them civilians, and pushed the country to the edge of famine. Aid agencies have struggled to reach the north, where fuel shortages have shut down water pumps and many clinics.
""", """
Says || Medical Charity || Airstrike on Yemen Market Kills Dozens || named_org
according to || Doctors Without Borders || An airstrike hit a crowded market in northern Yemen on Tuesday, killing at least 41 people || named_org
said || The Houthi-run Saba news agency || the strike was carried out by the Saudi-led coalition and that 12 children were among the dead || media
said || A spokesman for the coalition, Brig. Gen. Ahmed al-Asiri || the coalition “does not target civilians” and would examine what had happened in the town || named_person
told || he || “We take every report seriously, and we will look into this one,” || named_person
said || Marta Ruiz, the charity’s emergency coordinator in Yemen || “We ran out of blood within the first hour,” || named_person
said || She || the hospital had treated 63 wounded people by nightfall, many of them with burns and shrapnel wounds || named_person
said || The United Nations human rights office || it was “deeply alarmed” by the rising number of civilian casualties in the north || named_org
found || A report released last month by Amnesty International || munitions made in the United States and Britain ~~ including schools and a water plant || document
said || a State Department official || the United States had urged the coalition to “take all feasible precautions” to avoid civilian deaths || anonymous
have long argued || Saudi officials || the Houthis use markets and hospitals as cover for fighters and weapons || anonymous
said || Mohammed Abdulsalam, a spokesman for the Houthi movement || the strike was “a new massacre that the world watches in silence.” || named_person
said || Two diplomats involved in the talks || the Houthi delegation had threatened to walk out || anonymous
""")

art("t209", """
North Korea Fires Missile Into Sea Off Japan, Seoul Says

SEOUL, South Korea (Wire) — North Korea fired a ballistic missile from its east coast on Wednesday that flew about 1,000 kilometers before landing in the sea inside Japan’s exclusive economic zone, South Korea’s Joint Chiefs of Staff said.

It was the first North Korean missile to fall in those waters, and it came days after the United Nations Security Council tightened sanctions on the country.

“This is an unforgivable act of violence against Japan’s security,” Prime Minister Shinzo Abe told reporters in Tokyo. The Japanese Defense Ministry said no ships or aircraft had been damaged.

President Park Geun-hye said at an emergency meeting of her national security council that the launch showed the North’s “reckless determination” to threaten its neighbors. “We must respond firmly and together with our allies,” she said.

South Korea’s Yonhap news agency, citing an unnamed government source, reported that the missile had been fired from a mobile launcher near the city of Hwangju, making it harder to detect in advance.

A South Korean military official, who briefed reporters on condition of anonymity in line with department rules, said the missile appeared to be a Rodong, a medium-range weapon that the North has tested repeatedly.

The United States Strategic Command said it had detected and tracked the launch and had determined that the missile posed no threat to North America.

American officials believe the North is trying to master the technology needed to put a nuclear warhead on a missile that can reach the United States. Some experts say the North could reach that goal within a few years.

North Korea’s official Korean Central News Agency did not mention the launch. In a separate dispatch, the agency said leader Kim Jong-un had inspected an artillery unit on the east coast and praised its “perfect combat readiness.”

The ruling party’s newspaper, Rodong Sinmun, said in a commentary that the country would “continue to bolster its nuclear deterrent” as long as the United States kept up its “hostile policy.”

In Beijing, Foreign Ministry spokesman Hong Lei said all sides should “avoid actions that raise tensions” on the Korean Peninsula.

The launch was the latest in a series of tests this year, including the North’s fourth nuclear test in January.
""", """
Says || Seoul || North Korea Fires Missile Into Sea Off Japan || named_org
said || South Korea’s Joint Chiefs of Staff || North Korea fired a ballistic missile from its east coast ~~ Japan’s exclusive economic zone || named_org
told || Prime Minister Shinzo Abe || “This is an unforgivable act of violence against Japan’s security,” || named_person
said || The Japanese Defense Ministry || no ships or aircraft had been damaged || named_org
said ## Park Geun-hye said || President Park Geun-hye || the launch showed the North’s “reckless determination” to threaten its neighbors || named_person
said || she || “We must respond firmly and together with our allies,” || named_person
citing || South Korea’s Yonhap news agency || an unnamed government source || media
reported || South Korea’s Yonhap news agency || the missile had been fired from a mobile launcher ~~ harder to detect in advance || media
said || A South Korean military official || the missile appeared to be a Rodong, a medium-range weapon that the North has tested repeatedly || anonymous
said || The United States Strategic Command || it had detected and tracked the launch ~~ no threat to North America || named_org
believe || American officials || the North is trying to master the technology ~~ can reach the United States || anonymous
say || Some experts || the North could reach that goal within a few years || anonymous
said || the agency || leader Kim Jong-un had inspected an artillery unit ~~ “perfect combat readiness.” || media
said || The ruling party’s newspaper, Rodong Sinmun || the country would “continue to bolster its nuclear deterrent” as long as the United States kept up its “hostile policy.” || media
said || Foreign Ministry spokesman Hong Lei || all sides should “avoid actions that raise tensions” on the Korean Peninsula || named_person
""")

art("t210", """
Suicide Bombers Strike Police Academy in Kabul

KABUL, Afghanistan (Wire) — Two suicide bombers struck a police training center on the western edge of Kabul on Thursday, killing at least 27 recruits and wounding more than 40, Afghan officials said.

A Taliban spokesman, Zabihullah Mujahid, said in a message sent to journalists that the group had carried out the attack and that it had targeted “mercenaries of the puppet government.”

Interior Ministry spokesman Farid Ahmadzai said the first bomber had detonated his explosives at the main gate as a class of recruits was leaving for the weekend. “The second attacker waited until people came to help the wounded,” he said. “That is the cruelty of the enemy.”

President Ashraf Ghani said in a statement from his office that the attack was “a crime against humanity.”

A Health Ministry spokesman, Kabir Amiri, said hospitals in the capital had received 46 wounded people, several of them in critical condition.

“There was fire everywhere, and then the second explosion came,” said Abdul Rahim, 22, a recruit from Ghazni province. He was wounded in the leg and spoke from a bed at the Wazir Akbar Khan hospital.

A senior police officer, who asked not to be named because he was not authorized to speak to the news media, said security at the academy had been reduced last month to free up officers for the fighting in Helmand province.

The private broadcaster Tolo News reported that the bombers had worn police uniforms and had passed through an outer checkpoint without being searched.

The NATO-led Resolute Support mission said in a statement that it “strongly condemns” the attack and that Afghan forces had responded “quickly and professionally.”

A report by the United Nations Assistance Mission in Afghanistan released last month found that civilian casualties had reached a record high in the first half of the year.

Western officials in Kabul worry that the Afghan police, who bear the brunt of Taliban attacks, are losing recruits faster than they can train them.

The attack was the deadliest in the capital since April, when a truck bomb killed more than 60 people near a government security compound. The Taliban have stepped up attacks in several provinces since the spring, and peace talks brokered by Pakistan and China have stalled.
""", """
said || Afghan officials || Two suicide bombers struck a police training center ~~ wounding more than 40 || anonymous
said || A Taliban spokesman, Zabihullah Mujahid || the group had carried out the attack and that it had targeted “mercenaries of the puppet government.” || named_person
said || Interior Ministry spokesman Farid Ahmadzai || the first bomber had detonated his explosives ~~ leaving for the weekend || named_person
said || he || “The second attacker waited until people came to help the wounded,” ++ “That is the cruelty of the enemy.” || named_person
said || President Ashraf Ghani || the attack was “a crime against humanity.” || named_person
said || A Health Ministry spokesman, Kabir Amiri || hospitals in the capital had received 46 wounded people, several of them in critical condition || named_person
said || Abdul Rahim, 22, a recruit from Ghazni province || “There was fire everywhere, and then the second explosion came,” || named_person
said || A senior police officer || security at the academy had been reduced ~~ fighting in Helmand province || anonymous
reported || The private broadcaster Tolo News || the bombers had worn police uniforms ~~ without being searched || media
said || The NATO-led Resolute Support mission || it “strongly condemns” the attack and that Afghan forces had responded “quickly and professionally.” || named_org
found || A report by the United Nations Assistance Mission in Afghanistan released last month || civilian casualties had reached a record high in the first half of the year || document
worry || Western officials in Kabul || the Afghan police, who bear the brunt ~~ faster than they can train them || anonymous
""")

art("t211", """
Brexit Campaign Enters Final Stretch With Polls Deadlocked

LONDON (Wire) — Prime Minister David Cameron said on Monday that leaving the European Union would plunge Britain into “a decade of uncertainty,” as a new poll showed the two sides of the referendum campaign tied with 10 days to go.

The survey by YouGov for The Times found 44 percent of respondents supported remaining in the bloc and 44 percent backed leaving, with the rest undecided.

“The British people are being asked to take a leap in the dark,” Cameron told an audience of business leaders in London. “Nobody who has looked at the numbers can say what lies on the other side.”

Boris Johnson, the former mayor of London and the most prominent figure in the Leave campaign, said the prime minister was “running out of arguments and into scare stories.”

The Vote Leave campaign said in a statement that membership cost Britain 350 million pounds a week and that the money should be spent on the National Health Service instead.

European officials fear that a vote to leave could embolden euroskeptic parties in France, the Netherlands and Denmark, according to three diplomats in Brussels.

The Guardian reported on Monday that the Bank of England had drawn up contingency plans to pump extra cash into the banking system if sterling fell sharply after the vote.

President Obama, who visited London in April, said then that Britain would go to “the back of the queue” in trade talks with the United States if it left. Nigel Farage, the leader of the U.K. Independence Party, told supporters in Kent that the president’s intervention had “backfired badly.”

The International Monetary Fund warned in a report last week that a vote to leave could push Britain into recession next year.

A senior aide to Cameron, speaking on condition of anonymity to discuss internal strategy, said the Remain campaign would focus its final days on older voters in the north of England, where support for leaving is strongest.

Many voters say they have still not made up their minds.

“I’ve heard so many numbers from both sides that I don’t believe any of them,” said Margaret Hollis, 67, a retired nurse in Sunderland. “I’ll probably decide in the booth.”

The referendum will be held on June 23. Polling stations will be open from 7 a.m. to 10 p.m., and a national result could come early on Friday morning.
""", """
said || Prime Minister David Cameron || leaving the European Union would plunge Britain into “a decade of uncertainty,” || named_person
showed || a new poll || the two sides of the referendum campaign tied with 10 days to go || document
found || The survey by YouGov for The Times || 44 percent of respondents supported remaining in the bloc and 44 percent backed leaving || document
told || Cameron || “The British people are being asked to take a leap in the dark,” ++ “Nobody who has looked at the numbers can say what lies on the other side.” || named_person
said || Boris Johnson, the former mayor of London and the most prominent figure in the Leave campaign || the prime minister was “running out of arguments and into scare stories.” || named_person
said || The Vote Leave campaign || membership cost Britain 350 million pounds a week and that the money should be spent on the National Health Service instead || named_org
according to || three diplomats in Brussels || European officials fear that a vote to leave ~~ the Netherlands and Denmark || anonymous
reported || The Guardian || the Bank of England had drawn up contingency plans ~~ fell sharply after the vote || media
said || President Obama || Britain would go to “the back of the queue” in trade talks with the United States if it left || named_person
told || Nigel Farage, the leader of the U.K. Independence Party || the president’s intervention had “backfired badly.” || named_person
warned || The International Monetary Fund || a vote to leave could push Britain into recession next year || named_org
said || A senior aide to Cameron || the Remain campaign would focus its final days ~~ support for leaving is strongest || anonymous
say || Many voters || they have still not made up their minds || anonymous
said || Margaret Hollis, 67, a retired nurse in Sunderland || “I’ve heard so many numbers from both sides that I don’t believe any of them,” ++ “I’ll probably decide in the booth.” || named_person
""")

art("t212", """
Iraqi Forces Push Into Southern Fallujah

BAGHDAD (Wire) — Iraqi troops backed by American-led airstrikes pushed into the southern outskirts of Fallujah on Monday, the Joint Operations Command said, in the most significant advance since the offensive to retake the city from the Islamic State began two weeks ago.

Brig. Gen. Haider al-Obeidi, the commander of the operation, told state television that troops had taken control of the Shuhada neighborhood and were clearing houses of explosives. “Daesh is collapsing faster than we expected,” he said, using an Arabic acronym for the Islamic State.

Col. Mark Henley, a spokesman for the American-led coalition, said coalition aircraft had carried out 14 strikes around the city in the previous 24 hours. He cautioned that the militants had had “two years to dig in” and that the fight for the city center would be slower.

The Norwegian Refugee Council said about 50,000 civilians remained trapped inside the city, with dwindling supplies of food and medicine.

“Families are eating dates and drinking water from the river,” said Karin Halvorsen, the group’s country director for Iraq. “Those who try to leave risk being shot.”

Human Rights Watch said in a report released Sunday that Shiite militias fighting alongside the army had detained and beaten men fleeing the city.

Prime Minister Haider al-Abadi said any fighter found to have abused civilians would be punished. “There is no place in our forces for revenge,” he said in a televised speech on Sunday night.

Sunni lawmakers from Anbar province fear that the militias’ role in the offensive will inflame sectarian tensions once the city is retaken.

A statement attributed to the Islamic State and circulated online claimed that its fighters had destroyed 20 army vehicles on the southern front.

Iraqi officials have said they hope to retake the city before the end of the holy month of Ramadan, though commanders acknowledge that the timetable could slip.

The Iraqi broadcaster Al Sumaria reported that at least 18 members of the security forces had been killed since Friday, most of them by roadside bombs and snipers.

Fallujah, about 40 miles west of Baghdad, was the first Iraqi city to fall to the militants, in January 2014. Its recapture would leave Mosul, the country’s second-largest city, as the group’s last major stronghold in Iraq.
""", """
said || the Joint Operations Command || Iraqi troops backed by American-led airstrikes pushed into the southern outskirts of Fallujah on Monday || named_org
told || Brig. Gen. Haider al-Obeidi, the commander of the operation || troops had taken control of the Shuhada neighborhood and were clearing houses of explosives || named_person
said || he || “Daesh is collapsing faster than we expected,” || named_person
said || Col. Mark Henley, a spokesman for the American-led coalition || coalition aircraft had carried out 14 strikes around the city in the previous 24 hours || named_person
cautioned || He || the militants had had “two years to dig in” and that the fight for the city center would be slower || named_person
said || The Norwegian Refugee Council || about 50,000 civilians remained trapped inside the city, with dwindling supplies of food and medicine || named_org
said || Karin Halvorsen, the group’s country director for Iraq || “Families are eating dates and drinking water from the river,” ++ “Those who try to leave risk being shot.” || named_person
said ## Human Rights Watch said || Human Rights Watch || Shiite militias fighting alongside the army had detained and beaten men fleeing the city || named_org
said || Prime Minister Haider al-Abadi || any fighter found to have abused civilians would be punished || named_person
said || he || “There is no place in our forces for revenge,” || named_person
fear || Sunni lawmakers from Anbar province || the militias’ role in the offensive will inflame sectarian tensions once the city is retaken || anonymous
claimed || A statement attributed to the Islamic State and circulated online || its fighters had destroyed 20 army vehicles on the southern front || document
have said || Iraqi officials || they hope to retake the city before the end of the holy month of Ramadan || anonymous
acknowledge || commanders || the timetable could slip || anonymous
reported || The Iraqi broadcaster Al Sumaria || at least 18 members of the security forces ~~ roadside bombs and snipers || media
""")


# ---------------------------------------------------------------------------
# offset computation
# ---------------------------------------------------------------------------

def _boundary_ok(text, s, e):
    if s > 0 and text[s].isalnum() and (text[s - 1].isalnum()):
        return False
    return not (e < len(text) and text[e - 1].isalnum() and text[e].isalnum())


def _occurrences(text, phrase):
    out = []
    i = text.find(phrase)
    while i != -1:
        if _boundary_ok(text, i, i + len(phrase)):
            out.append((i, i + len(phrase)))
        i = text.find(phrase, i + 1)
    return out


def _via_context(text, field, doc_id):
    phrase, ctx = [x.strip() for x in field.split("##", 1)]
    c = _occurrences(text, ctx)
    assert len(c) == 1, (doc_id, "context not unique/not found", ctx, len(c))
    inner = [o for o in _occurrences(ctx, phrase)]
    assert len(inner) == 1, (doc_id, "phrase not unique in context", phrase, ctx)
    s = c[0][0] + inner[0][0]
    return (s, s + len(phrase))


def _unique(text, phrase, doc_id):
    occ = _occurrences(text, phrase)
    assert len(occ) == 1, (doc_id, "content piece not unique/not found", phrase, len(occ))
    return occ[0]


def _fragment(text, frag, doc_id):
    frag = frag.strip()
    if "##" in frag:
        return _via_context(text, frag, doc_id)
    if "~~" in frag:
        a, b = [x.strip() for x in frag.split("~~", 1)]
        s, ae = _unique(text, a, doc_id)
        j = text.find(b, ae)
        assert j != -1, (doc_id, "end not found", b)
        e = j + len(b)
        assert "\n\n" not in text[s:e], (doc_id, "content crosses paragraph", frag)
        return (s, e)
    return _unique(text, frag, doc_id)


def _dist(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _para(text, pos):
    """Index of the paragraph (blank-line separated block) holding character pos."""
    return text.count("\n\n", 0, pos)


def _nearest(text, phrase, anchors, exclude, doc_id, what):
    """Occurrence of phrase nearest to the anchors, in the same paragraph as the first
    anchor, outside the excluded spans; for a split content (several anchors) an occurrence
    lying between the first and last fragment is preferred."""
    if "##" in phrase:
        return _via_context(text, phrase, doc_id)
    para = _para(text, anchors[0][0])
    cands = [o for o in _occurrences(text, phrase)
             if not any(_overlaps(o, x) for x in exclude) and _para(text, o[0]) == para]
    if len(anchors) > 1:
        inside = [o for o in cands if anchors[0][1] <= o[0] and o[1] <= anchors[-1][0]]
        if inside:
            cands = inside
    assert cands, (doc_id, what + " not found", phrase)
    scored = sorted((min(_dist(o, a) for a in anchors), o) for o in cands)
    if len(scored) > 1:
        assert scored[0][0] != scored[1][0], (doc_id, what + " tie", phrase)
    return scored[0][1]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(doc_id, text, ann):
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        frags = [_fragment(text, f, doc_id) for f in con_f.split(" ++ ")]
        frags.sort()
        cue = _nearest(text, cue_f, frags, frags, doc_id, "cue")
        src = None
        if src_f != "-":
            src = _nearest(text, src_f, [cue], frags + [cue], doc_id, "source")
        else:
            assert typ == "unknown", (doc_id, line)
        content = span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        rec = {"cue": span(text, cue), "source": span(text, src) if src else None,
               "content": content, "source_type": typ}
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def check(doc_id, text, atts):
    words = len(text.split())
    assert 300 <= words <= 500, (doc_id, "word count", words)
    assert 10 <= len(atts) <= 16, (doc_id, "attribution count", len(atts))
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", (doc_id, "headline layout")
    num = int(doc_id[1:])
    if num <= 206:
        assert not any(ch in text for ch in CURLY), (doc_id, "curly quote in straight half")
    else:
        assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
    seen = set()
    for a in atts:
        for key in ("cue", "source", "content"):
            sp = a[key]
            if sp is None:
                continue
            assert text[sp["start"]:sp["end"]] == sp["text"], (doc_id, key, sp)
            assert sp["text"] == sp["text"].strip(), (doc_id, key, "untrimmed", sp["text"])
        c = a["content"]
        for s, e in c.get("fragments", []):
            assert text[s:e].strip() == text[s:e]
        assert not c["text"].startswith("that "), (doc_id, "leading that", c["text"])
        assert not c["text"].endswith("."), (doc_id, "period outside quotes", c["text"]) if not c["text"].endswith(('."', '.\u201d')) else True
        assert not c["text"].endswith(","), (doc_id, "trailing comma", c["text"])
        if a["source"]:
            assert not a["source"]["text"].endswith(","), (doc_id, "source comma")
            assert not _overlaps((a["source"]["start"], a["source"]["end"]), (a["cue"]["start"], a["cue"]["end"]))
        key = (a["cue"]["start"], a["cue"]["end"])
        assert key not in seen, (doc_id, "two attributions share a cue", a["cue"])
        seen.add(key)
        assert _para(text, a["cue"]["start"]) == _para(text, c["start"]) == _para(text, c["end"]), (doc_id, "cue/content paragraphs")
        if a["source"]:
            assert _para(text, a["source"]["start"]) == _para(text, a["cue"]["start"]), (doc_id, "source/cue paragraphs")


def build():
    recs = []
    ids = [d for d, _, _ in ARTICLES]
    assert ids == [f"t{i}" for i in range(201, 213)], ids
    for doc_id, text, ann in ARTICLES:
        atts = parse_ann(doc_id, text, ann)
        check(doc_id, text, atts)
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return recs


def show(recs):
    """Print every attribution in context for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            cs = a["cue"]["start"]
            s = a["source"]
            src_text, src_at = (s["text"], s["start"]) if s else (None, "-")
            print(f"  CUE {a['cue']['text']!r} @{cs} | SRC {src_text!r} @{src_at} | {a['source_type']}")
            frs = a["content"].get("fragments") or [[a["content"]["start"], a["content"]["end"]]]
            for fs, fe in frs:
                print(f"      CON [{t[fs:fe]}]")
            lo = min([cs] + [x[0] for x in frs] + ([s["start"]] if s else []))
            hi = max([a["cue"]["end"]] + [x[1] for x in frs] + ([s["end"]] if s else []))
            marks = []
            for fs, fe in frs:
                marks += [(fs, "<C:"), (fe, ">")]
            marks += [(cs, "{Q:"), (a["cue"]["end"], "}")]
            if s:
                marks += [(s["start"], "[S:"), (s["end"], "]")]
            out, pos = [], max(0, lo - 30)
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in (">", "}", "]") and 0 or 1)):
                out.append(t[pos:p])
                out.append(m)
                pos = p
            out.append(t[pos:min(len(t), hi + 30)])
            print("      CTX " + "".join(out).replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind52.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
