import { randomBytes } from 'node:crypto'
import { LuotError, type ProvinceAccountCreate, type ProvinceAccountEntry, type ProvinceAccountUpdate } from '@luot/shared'
import { hashPassword } from '../auth/password.js'
import { newAccountGeneration } from '../store/config-file.js'
import { isActive, type ProvinceAccount, type ProvinceRecords } from './province-records.js'

export const accountEntry = (a: ProvinceAccount): ProvinceAccountEntry => ({ id: a.id, username: a.username, displayName: a.displayName, role: a.role, active: isActive(a) })

const find = (accounts: ProvinceAccount[], id: string): ProvinceAccount => {
  const a = accounts.find((x) => x.id === id)
  if (!a) throw new LuotError('USER_NOT_FOUND')
  return a
}

/**
 * The province admin's management of province accounts: each officer signs in with an account of
 * their own. Every change is one transaction on `luot_province` (ProvinceRecords.updateAccounts:
 * usernames unique, one active province admin always remains) and reaches every process by NOTIFY.
 * `changed` gets the accounts as they now are, so this process reads its own change at once.
 */
export class ProvinceAccounts {
  constructor(
    private readonly records: ProvinceRecords,
    private readonly changed: (accounts: ProvinceAccount[]) => void,
  ) {}

  list(accounts: ProvinceAccount[]): ProvinceAccountEntry[] {
    return accounts.map(accountEntry)
  }

  async add(body: ProvinceAccountCreate): Promise<ProvinceAccountEntry> {
    const { password, ...rest } = body
    const hash = await hashPassword(password)
    const { accounts, value } = await this.records.updateAccounts((all) => {
      const a: ProvinceAccount = { ...rest, username: rest.username.toLowerCase(), id: `p-${randomBytes(6).toString('hex')}`, passwordHash: hash, tokenVersion: 0, generation: newAccountGeneration() }
      all.push(a)
      return accountEntry(a)
    })
    this.changed(accounts)
    return value
  }

  /** Name, role and whether it may sign in; a deactivation or a role change ends its sessions. */
  async update(id: string, body: ProvinceAccountUpdate): Promise<ProvinceAccountEntry> {
    const { accounts, value } = await this.records.updateAccounts((all) => {
      const a = find(all, id)
      if ((isActive(a) && !body.active) || a.role !== body.role) a.tokenVersion++
      Object.assign(a, body)
      return accountEntry(a)
    })
    this.changed(accounts)
    return value
  }

  /** A new password set by the province admin; the account's sessions end. */
  async setPassword(id: string, password: string): Promise<ProvinceAccountEntry> {
    const accounts = await this.records.setPassword(id, password)
    this.changed(accounts)
    return accountEntry(find(accounts, id))
  }

  /** Deletes an account other than `by`'s own (its sessions end with it). */
  async delete(id: string, by: ProvinceAccount): Promise<void> {
    if (id === by.id) throw new LuotError('CONFLICT', 'you cannot delete yourself')
    const { accounts } = await this.records.updateAccounts((all) => all.splice(all.indexOf(find(all, id)), 1))
    this.changed(accounts)
  }
}
